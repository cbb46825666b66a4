using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class RuntimeVersion
{
    [Fact]
    public void TheNativeLibraryIsThePinnedPackagesVersion()
    {
        // Directory.Packages.props pins Microsoft.ML.OnnxRuntime; the native library loaded from its runtimes/ folder must report the same.
        Assert.Equal("1.32.0", OnnxRuntimeInfo.Version);
    }
}
