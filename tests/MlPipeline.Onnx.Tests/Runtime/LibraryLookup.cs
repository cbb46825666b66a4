using MlPipeline.Onnx.Native;

namespace MlPipeline.Onnx.Tests.Runtime;

// Lookups go through Locate/Load with explicit values, so no test changes the process environment or the library the others use.
public sealed class LibraryLookup
{
    [Fact]
    public void TheEnvironmentVariableWinsOverThePathSetInCode()
    {
        var location = OnnxRuntimeLibrary.Locate(environmentValue: "/opt/ort/libonnxruntime.so.1", configuredPath: "/elsewhere/libonnxruntime.so.1");

        Assert.Equal("/opt/ort/libonnxruntime.so.1", location.Path);
        Assert.Equal("the environment variable MLPIPELINE_ONNXRUNTIME", location.Source);
    }

    [Fact]
    public void ThePathSetInCodeWinsOverTheLoadersSearch()
    {
        var location = OnnxRuntimeLibrary.Locate(environmentValue: "", configuredPath: "/elsewhere/libonnxruntime.so.1");

        Assert.Equal(new LibraryLocation("/elsewhere/libonnxruntime.so.1", "OnnxRuntimeLibrary.Use"), location);
    }

    [Fact]
    public void WithNeitherTheLoaderSearchesForTheDefaultName()
    {
        var location = OnnxRuntimeLibrary.Locate(environmentValue: null, configuredPath: null);

        Assert.Equal("libonnxruntime.so.1", location.Path);
        Assert.False(location.IsFullPath);
    }

    [Fact]
    public void AnEnvironmentPathToNoFileSaysWhereItLookedAndHowToGetTheLibrary()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "libonnxruntime.so.1");

        var error = Assert.Throws<OnnxRuntimeException>(() => OnnxRuntimeLibrary.Load(OnnxRuntimeLibrary.Locate(missing, configuredPath: null)));

        Assert.Equal(
            $"ONNX Runtime was looked for at {missing} (from the environment variable MLPIPELINE_ONNXRUNTIME), but there is no such file. "
            + "./build.sh fetches it (npm package onnxruntime-node@1.30.0) into .nuke/temp/tools/onnxruntime-1.30.0/libonnxruntime.so.1; "
            + "or set MLPIPELINE_ONNXRUNTIME to the full path of an ONNX Runtime 1.x libonnxruntime.so.1.",
            error.Message);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public void AFileThatIsNotALibraryCarriesTheLoadersMessage()
    {
        var notALibrary = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notALibrary, string.Concat(Enumerable.Repeat("not an ELF file. ", 100)));

            var error = Assert.Throws<OnnxRuntimeException>(() => OnnxRuntimeLibrary.Load(new LibraryLocation(notALibrary, "OnnxRuntimeLibrary.Use")));

            Assert.StartsWith($"ONNX Runtime could not be loaded as {notALibrary} (from OnnxRuntimeLibrary.Use): ", error.Message);
            Assert.Contains($"{notALibrary}: invalid ELF header", error.Message);
            Assert.EndsWith(OnnxRuntimeLibrary.InstallHint, error.Message);
        }
        finally
        {
            File.Delete(notALibrary);
        }
    }

    [Fact]
    public void TheRealLibraryIsVersion1Point30AndItsTableChecksOut()
    {
        // Load reads every slot we use, checks slots 101 and 118 and round-trips a status through slots 0, 1, 2 and 93.
        var api = OnnxRuntimeLibrary.Load(new LibraryLocation(TestRuntime.LibraryPath, "the test"));

        Assert.Equal("1.30.0", api.Version);
        Assert.Equal("1.30.0", OnnxRuntimeLibrary.Version);
    }
}
