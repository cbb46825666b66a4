using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class RunGates
{
    [Fact]
    public void ClosingDuringARunReleasesOnlyWhenTheRunLetsGo()
    {
        var releases = 0;
        var gate = new RunGate(() => releases++);

        Assert.True(gate.TryEnter());
        gate.Close();
        Assert.Equal(0, releases);
        gate.Exit();

        Assert.Equal(1, releases);
    }

    [Fact]
    public void NoRunEntersOnceClosedAndASecondCloseReleasesNothingMore()
    {
        var releases = 0;
        var gate = new RunGate(() => releases++);

        gate.Close();
        gate.Close();

        Assert.False(gate.TryEnter());
        Assert.Equal(1, releases);
    }
}
