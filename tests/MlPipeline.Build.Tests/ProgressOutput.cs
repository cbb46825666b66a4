using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class ProgressOutput : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task RedirectedOutputGetsAPlainLineAtEveryTenthAndAtTheEnd()
    {
        var run = await _fixture.RunAsync(new ProgressBuild(_fixture.Time), b => b.Rounds);

        var lines = run.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("Boosting rounds:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "Boosting rounds: 5/50 (10%)", "Boosting rounds: 10/50 (20%)", "Boosting rounds: 15/50 (30%)", "Boosting rounds: 20/50 (40%)",
                "Boosting rounds: 25/50 (50%)", "Boosting rounds: 30/50 (60%)", "Boosting rounds: 35/50 (70%)", "Boosting rounds: 40/50 (80%)",
                "Boosting rounds: 45/50 (90%)", "Boosting rounds: 50/50 done in 5.0s",
            ],
            lines);
    }

    private sealed class ProgressBuild(ManualTimeProvider time) : RecordingBuild
    {
        public Target Rounds => _ => _.Executes(() =>
        {
            using var progress = Progress.Start("Boosting rounds", 50);
            for (var i = 0; i < 50; i++)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
                progress.Increment();
            }
        });
    }
}
