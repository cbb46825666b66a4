using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class ResumeTests : IDisposable
{
    private static readonly SearchSpace X = new([new UniformSpace("x", 0, 1)]);
    private static readonly StudyOptions SixTrials = new(Trials: 6, Timeout: null, Parallelism: 1, Seed: 0);
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task AnInterruptedStudyResumesAtTheTrialItCutOffAndEndsWithTheTrialsOfAnUninterruptedOne()
    {
        var path = _directory.File("trials.jsonl");
        using var interrupt = new CancellationTokenSource();
        var firstRun = new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstRun.RunAsync(
            X,
            (values, context, cancellation) =>
            {
                if (context.Number == 3)
                {
                    interrupt.Cancel();
                    cancellation.ThrowIfCancellationRequested();
                }

                return values["x"].Number;
            },
            null,
            interrupt.Token));
        var cutOff = new JsonLinesStudyStorage(path).Load()[3];

        var objectiveRan = new List<int>();
        var resumed = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials).RunAsync(
            X,
            (values, context, _) =>
            {
                objectiveRan.Add(context.Number);
                return values["x"].Number;
            },
            null,
            default);
        var uninterrupted = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new InMemoryStudyStorage(), SixTrials)
            .RunAsync(X, (values, _, _) => values["x"].Number, null, default);

        Assert.Equal(TrialState.Running, cutOff.State);
        Assert.Equal([3, 4, 5], objectiveRan);
        Assert.Equal([0, 1, 2, 3, 4, 5], resumed.Trials.Select(t => t.Number));
        Assert.All(resumed.Trials, t => Assert.Equal(TrialState.Completed, t.State));
        Assert.Equal(cutOff.Values["x"], resumed.Trials[3].Values["x"]);
        Assert.Equal(uninterrupted.Trials.Select(t => (t.Number, t.Value)), resumed.Trials.Select(t => (t.Number, t.Value)));
        // First run: 0 to 2 started and ended, 3 started; second run: 3 to 5 started and ended.
        Assert.Equal(13, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task AStudyWhoseBudgetIsSpentInTheStorageRunsNothingMore()
    {
        var path = _directory.File("trials.jsonl");
        await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials)
            .RunAsync(X, (values, _, _) => values["x"].Number, null, default);

        var ran = 0;
        var again = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials).RunAsync(
            X,
            (_, _, _) =>
            {
                ran++;
                return 0;
            },
            null,
            default);

        Assert.Equal(0, ran);
        Assert.Equal(6, again.Trials.Count);
    }

    [Fact]
    public async Task ALargerBudgetContinuesAtTheNextNumber()
    {
        var path = _directory.File("trials.jsonl");
        await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials with { Trials = 2 })
            .RunAsync(X, (_, _, _) => 1, null, default);

        var ran = new List<int>();
        var result = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), new JsonLinesStudyStorage(path), SixTrials with { Trials = 4 }).RunAsync(
            X,
            (_, context, _) =>
            {
                ran.Add(context.Number);
                return 1;
            },
            null,
            default);

        Assert.Equal([2, 3], ran);
        Assert.Equal([0, 1, 2, 3], result.Trials.Select(t => t.Number));
    }

    public void Dispose() => _directory.Dispose();
}
