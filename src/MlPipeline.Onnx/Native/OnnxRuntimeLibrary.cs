using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>
/// Finds and loads ONNX Runtime's native library once per process. The path comes from the environment variable
/// <see cref="EnvironmentVariable"/>, else from <see cref="Use"/>, else the name <see cref="DefaultName"/> through the loader's normal search.
/// </summary>
public static class OnnxRuntimeLibrary
{
    /// <summary>Holds the full path of libonnxruntime.so.1; wins over <see cref="Use"/>.</summary>
    public const string EnvironmentVariable = "MLPIPELINE_ONNXRUNTIME";

    public const string DefaultName = "libonnxruntime.so.1";

    public const string InstallHint =
        "./build.sh fetches it (npm package onnxruntime-node@1.30.0) into .nuke/temp/tools/onnxruntime-1.30.0/libonnxruntime.so.1; "
        + $"or set {EnvironmentVariable} to the full path of an ONNX Runtime 1.x libonnxruntime.so.1.";

    private const string EnvironmentSource = $"the environment variable {EnvironmentVariable}";
    private const string UseSource = "OnnxRuntimeLibrary.Use";

    private static readonly Lock Gate = new();
    private static string? _configuredPath;
    private static (LibraryLocation Location, OrtApi Api)? _loaded;

    /// <summary>The version ORT reports, e.g. "1.30.0"; loads the library if needed.</summary>
    /// <exception cref="OnnxRuntimeException">The library cannot be found or is not ONNX Runtime 1.x.</exception>
    public static string Version => Api.Version;

    internal static OrtApi Api
    {
        get
        {
            lock (Gate)
            {
                _loaded ??= LoadOnce();
                return _loaded.Value.Api;
            }
        }
    }

    /// <summary>Loads ONNX Runtime from <paramref name="path"/> unless <see cref="EnvironmentVariable"/> is set. Call it before the first session is opened.</summary>
    /// <exception cref="InvalidOperationException">The library was already loaded from another path.</exception>
    public static void Use(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        lock (Gate)
        {
            if (_loaded is { } loaded && loaded.Location.Source != EnvironmentSource && loaded.Location.Path != fullPath)
            {
                throw new InvalidOperationException(
                    $"ONNX Runtime is already loaded from {loaded.Location.Path}; OnnxRuntimeLibrary.Use({fullPath}) came too late. Call Use before the first OnnxModelSession.Open.");
            }

            _configuredPath = fullPath;
        }
    }

    /// <summary>The environment variable wins, then the path set in code, then the loader's search for the default name.</summary>
    internal static LibraryLocation Locate(string? environmentValue, string? configuredPath)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return new LibraryLocation(environmentValue, EnvironmentSource);
        }

        return configuredPath is not null
            ? new LibraryLocation(configuredPath, UseSource)
            : new LibraryLocation(DefaultName, "the default loader search (LD_LIBRARY_PATH, the application folder, the system library folders)");
    }

    /// <summary>Loads the library at <paramref name="location"/> and reads its function table; the handle is never freed, since the table points into it.</summary>
    /// <exception cref="OnnxRuntimeException">Nothing loadable there, or not ONNX Runtime 1.x.</exception>
    internal static unsafe OrtApi Load(LibraryLocation location)
    {
        if (location.IsFullPath && !File.Exists(location.Path))
        {
            throw new OnnxRuntimeException($"ONNX Runtime was looked for at {location.Path} (from {location.Source}), but there is no such file. {InstallHint}");
        }

        nint library;
        try
        {
            library = NativeLibrary.Load(location.Path, typeof(OnnxRuntimeLibrary).Assembly, DllImportSearchPath.SafeDirectories);
        }
        catch (DllNotFoundException exception)
        {
            throw new OnnxRuntimeException(
                $"ONNX Runtime could not be loaded as {location.Path} (from {location.Source}): {exception.Message} {InstallHint}", innerException: exception);
        }

        try
        {
            if (!NativeLibrary.TryGetExport(library, "OrtGetApiBase", out var getApiBase))
            {
                throw new OnnxRuntimeException($"{location.Path} (from {location.Source}) loaded but exports no OrtGetApiBase, so it is not ONNX Runtime. {InstallHint}");
            }

            var apiBase = ((delegate* unmanaged<nint*>)getApiBase)();
            return OrtApi.FromApiBase(apiBase, location);
        }
        catch (OnnxRuntimeException)
        {
            NativeLibrary.Free(library);
            throw;
        }
    }

    private static (LibraryLocation, OrtApi) LoadOnce()
    {
        var location = Locate(Environment.GetEnvironmentVariable(EnvironmentVariable), _configuredPath);
        return (location, Load(location));
    }
}
