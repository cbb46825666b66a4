using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

public static class StaleFileDiff
{
    [Fact]
    public static void RemovedAddedAndChangedLinesAreListedWithTheirLineNumbers()
    {
        var diff = LineDiff.Describe("a\nb\nc\nd\n", "a\nc\nD\nd\ne\n");

        Assert.Equal("-    2 | b\n+    3 | D\n+    5 | e\n", diff);
    }

    [Fact]
    public static void OnlyTheFirstTwentyChangedLinesAreShown()
    {
        var diff = LineDiff.Describe("", string.Join("\n", Enumerable.Range(1, 30).Select(line => $"line {line}")));

        var lines = diff.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.Equal("… and 11 more changed line(s)", lines[^1]);
    }
}
