using MlPipeline.Build;
using MlPipeline.Onnx.Native;

namespace MlPipeline.Components.Onnx;

/// <summary>
/// Makes sure ONNX Runtime's native library is in the build's tool cache: no Debian or NuGet package ships the 1.30 C library, but
/// the npm package onnxruntime-node carries a self-contained libonnxruntime.so.1, so it is taken out of that package's tarball.
/// </summary>
public static class OnnxRuntimeTool
{
    public const string Version = "1.30.0";

    private const string Package = $"onnxruntime-node@{Version}";
    private const string Tarball = $"onnxruntime-node-{Version}.tgz";
    private const string LibraryInTarball = "package/bin/napi-v6/linux/x64/libonnxruntime.so.1";
    private const string Alternative = "Or set MLPIPELINE_ONNXRUNTIME to the full path of a libonnxruntime.so.1 you already have.";

    /// <summary>Where the library lives under the repository: .nuke/temp/tools/onnxruntime-1.30.0/libonnxruntime.so.1.</summary>
    public static AbsolutePath LibraryPath(AbsolutePath root) => root / ".nuke" / "temp" / "tools" / $"onnxruntime-{Version}" / "libonnxruntime.so.1";

    /// <summary>
    /// Points the binding at the library to use: the one <see cref="OnnxRuntimeLibrary.EnvironmentVariable"/> names when it
    /// is set (a user's own copy), otherwise the build's copy under .nuke/temp/tools, fetched on first use.
    /// </summary>
    public static async Task UseAsync(AbsolutePath root, Action<string> report, CancellationToken cancellation)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OnnxRuntimeLibrary.EnvironmentVariable)))
        {
            OnnxRuntimeLibrary.Use(await EnsureAsync(root, report, cancellation));
        }
    }

    /// <summary>Returns the library's path, fetching it first when it is absent (npm pack downloads about 113 MB; only the 46 MB library is kept).</summary>
    /// <exception cref="InvalidOperationException">npm or tar failed; the message says which and how to fix it.</exception>
    public static async Task<AbsolutePath> EnsureAsync(AbsolutePath root, Action<string> report, CancellationToken cancellation)
    {
        var library = LibraryPath(root);
        if (File.Exists(library))
        {
            return library;
        }

        var folder = library.Parent!;
        Directory.CreateDirectory(folder);
        // Next to the destination, so the final rename stays on one file system and is atomic.
        var download = folder / $".download-{Guid.NewGuid():N}";
        Directory.CreateDirectory(download);
        try
        {
            report($"Fetching ONNX Runtime {Version} (npm pack {Package}, about 113 MB) into {folder}...");
            await RunAsync("npm", ["pack", "--silent", Package], download, $"npm could not download {Package}",
                "Is npm installed (apt-get install npm) and the npm registry reachable (npm ping)?", cancellation);
            await RunAsync("tar", ["xzf", Tarball, LibraryInTarball], download, $"tar could not take {LibraryInTarball} out of {Tarball}",
                "Is tar installed (apt-get install tar), and is there room on the disk? The tarball may also be damaged: run the build again.", cancellation);
            File.Delete(download / Tarball);

            var partial = folder / $"libonnxruntime.so.1.{Guid.NewGuid():N}.partial";
            File.Move(download / LibraryInTarball, partial);
            File.Move(partial, library, overwrite: true);
            return library;
        }
        finally
        {
            try
            {
                Directory.Delete(download, recursive: true);
            }
            catch (IOException)
            {
                // A leftover download folder must not hide why npm or tar failed; the next fetch uses a new one.
            }
        }
    }

    private static async Task RunAsync(
        string program, IReadOnlyList<string> arguments, AbsolutePath workingDirectory, string failure, string fix, CancellationToken cancellation)
    {
        int exitCode;
        try
        {
            exitCode = await Processes.RunForExitCodeAsync(program, arguments, workingDirectory, cancellation);
        }
        catch (ProcessFailedException exception)
        {
            throw new InvalidOperationException($"Fetching ONNX Runtime {Version}: {failure}. {exception.Message} {fix} {Alternative}", exception);
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"Fetching ONNX Runtime {Version}: {failure} ('{program} {string.Join(' ', arguments)}' exited with code {exitCode}; its output is above). {fix} {Alternative}");
        }
    }
}
