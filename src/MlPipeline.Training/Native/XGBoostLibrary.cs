using System.Runtime.InteropServices;

namespace MlPipeline.Training.Native;

/// <summary>Finds the native library before the first call, so a missing one is an instruction rather than a DllNotFoundException.</summary>
public static class XGBoostLibrary
{
    public const string InstallHint = "Install it: sudo apt-get install -y libxgboost0 (Debian/Ubuntu; ./build.sh does this itself when it runs as root).";

    private static readonly Lazy<Version> LoadedVersion = new(() =>
    {
        EnsureLoadable(XGBoostNative.Library);
        XGBoostNative.XGBoostVersion(out var major, out var minor, out var patch);
        return new Version(major, minor, patch);
    });

    /// <summary>The version of the loaded libxgboost.</summary>
    /// <exception cref="XGBoostException">The library is not installed.</exception>
    public static Version Version => LoadedVersion.Value;

    /// <exception cref="XGBoostException">The library cannot be loaded; the message says how to install it.</exception>
    public static void EnsureLoadable(string libraryName)
    {
        if (!NativeLibrary.TryLoad(libraryName, typeof(XGBoostLibrary).Assembly, DllImportSearchPath.SafeDirectories, out var handle))
        {
            throw new XGBoostException($"The XGBoost native library {libraryName} was not found. {InstallHint}");
        }

        NativeLibrary.Free(handle);
    }
}
