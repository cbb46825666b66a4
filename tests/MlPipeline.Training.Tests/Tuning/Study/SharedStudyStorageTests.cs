using System.Collections.Concurrent;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class SharedStudyStorageTests
{
    private static readonly SearchSpace X = new([new UniformSpace("x", 0, 1)]);

    [Fact]
    public async Task TwoRunnersSharingAStudyRunEachTrialNumberOnceAndTogetherReachTheBudget()
    {
        var store = new InMemoryStudyStore();
        var options = new StudyOptions(Trials: 12, Timeout: null, Parallelism: 2, Seed: 0);
        var ran = new ConcurrentDictionary<int, string>();
        var starters = new ConcurrentDictionary<string, bool>();
        using var bothStarted = new ManualResetEventSlim();

        // Every trial waits until both runners have one, so neither can take the whole budget before the other starts.
        TrialObjective Objective(string runner) => (values, context, _) =>
        {
            Assert.True(ran.TryAdd(context.Number, runner), $"Trial {context.Number} ran twice.");
            starters[runner] = true;
            if (starters.Count == 2)
            {
                bothStarted.Set();
            }

            return bothStarted.Wait(TimeSpan.FromMinutes(2)) ? values["x"].Number : throw new InvalidOperationException("The other runner started no trial.");
        };

        await Task.WhenAll(
            new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), options).RunAsync(X, Objective("a"), null, default),
            new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), options).RunAsync(X, Objective("b"), null, default));

        var trials = store.Connect().Load();
        Assert.Equal(Enumerable.Range(0, 12), ran.Keys.Order());
        Assert.Equal(["a", "b"], ran.Values.Distinct().Order());
        Assert.Equal(Enumerable.Range(0, 12), trials.Select(t => t.Number));
        Assert.All(trials, t => Assert.Equal((TrialState.Completed, t.Values["x"].Number), (t.State, t.Value!.Value)));
        Assert.Equal(Enumerable.Repeat("completed", 12), store.States());
    }

    [Fact]
    public async Task ATrialRunningInAnotherProcessIsLeftToIt()
    {
        var store = new InMemoryStudyStore();
        var otherProcess = store.Connect();
        otherProcess.Save(Running(otherProcess.ReserveTrialNumber(), 0.5));
        var ran = new List<int>();

        var result = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), new StudyOptions(Trials: 3, Timeout: null, Parallelism: 1, Seed: 0))
            .RunAsync(X, (values, context, _) => { ran.Add(context.Number); return values["x"].Number; }, null, default);

        Assert.Equal([1, 2], ran);
        Assert.Equal([TrialState.Running, TrialState.Completed, TrialState.Completed], result.Trials.Select(t => t.State));
        Assert.Equal(["running", "completed", "completed"], store.States());
    }

    [Fact]
    public async Task EachNewTrialIsSampledWithTheTrialsOtherProcessesSavedMeanwhile()
    {
        var store = new InMemoryStudyStore();
        var otherProcess = store.Connect();
        var sampler = new SeededTestSampler(5);

        await new StudyRunner(sampler, new NoPruner(), store.Connect(), new StudyOptions(Trials: 3, Timeout: null, Parallelism: 1, Seed: 0)).RunAsync(
            X,
            (values, context, _) =>
            {
                if (context.Number == 0)
                {
                    otherProcess.Save(Running(otherProcess.ReserveTrialNumber(), 0.25) with { State = TrialState.Completed, Value = 0.25 });
                }

                return values["x"].Number;
            },
            null,
            default);

        Assert.Equal([(0, []), (2, [0, 1])], sampler.Calls.Select(call => (call.Number, call.HistoryNumbers)));
    }

    [Fact]
    public void ATrialSavesItsStateBesideItsJsonAndLoadsBackTheSame()
    {
        var store = new InMemoryStudyStore();
        var storage = store.Connect();
        var trial = Running(storage.ReserveTrialNumber(), 0.5) with { State = TrialState.Pruned, Value = 0.41, Intermediate = new Dictionary<int, double> { [10] = 0.41 }, LastStep = 10 };

        storage.Save(trial);

        var loaded = Assert.Single(storage.Load());
        Assert.Equal(["pruned"], store.States());
        Assert.Equal(TrialJson.Serialize(trial), TrialJson.Serialize(loaded));
        Assert.True(storage.IsShared);
    }

    [Fact]
    public void AJsonThatIsNotATrialIsQuotedWithItsStudy()
    {
        var store = new InMemoryStudyStore();
        store.Add("{\"rows\": 12}");

        var error = Assert.Throws<StudyException>(() => store.Connect().Load());

        Assert.StartsWith($"The shared study '{InMemoryStudyStore.Study}' holds a trial that is not one (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("): {\"rows\": 12}. Only the tuner writes its trials: delete that trial from the store, or tune under another study name.", error.Message, StringComparison.Ordinal);
    }

    private static Trial Running(int number, double x) =>
        new(number, new Dictionary<string, TrialValue> { ["x"] = TrialValue.Of(x) }, TrialState.Running, null, new Dictionary<int, double>(), 0, TimeSpan.Zero);
}
