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
        otherProcess.Save(Running(otherProcess.ReserveTrialNumber(), 0.5) with { Heartbeat = DateTimeOffset.UtcNow });
        var ran = new List<int>();

        var result = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), new StudyOptions(Trials: 3, Timeout: null, Parallelism: 1, Seed: 0))
            .RunAsync(X, (values, context, _) => { ran.Add(context.Number); return values["x"].Number; }, null, default);

        Assert.Equal([1, 2], ran);
        Assert.Equal([TrialState.Running, TrialState.Completed, TrialState.Completed], result.Trials.Select(t => t.State));
        Assert.Equal(["running", "completed", "completed"], store.States());
    }

    [Fact]
    public async Task ATrialWhoseHeartbeatStoppedIsTakenOverAndRunAgainWithItsValues()
    {
        var store = new InMemoryStudyStore();
        var deadProcess = store.Connect();
        deadProcess.Save(Running(deadProcess.ReserveTrialNumber(), 0.5) with { Heartbeat = DateTimeOffset.UtcNow - TimeSpan.FromMinutes(6) });
        var ran = new List<(int, double)>();

        var result = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), new StudyOptions(Trials: 3, Timeout: null, Parallelism: 1, Seed: 0))
            .RunAsync(X, (values, context, _) => { ran.Add((context.Number, values["x"].Number)); return values["x"].Number; }, null, default);

        Assert.Equal((0, 0.5), ran[0]);
        Assert.Equal([0, 1, 2], ran.Select(r => r.Item1));
        Assert.Equal([TrialState.Completed, TrialState.Completed, TrialState.Completed], result.Trials.Select(t => t.State));
        Assert.Equal(0.5, result.Trials[0].Value);
    }

    [Fact]
    public void OfTwoProcessesTakingOverTheSameStaleTrialOnlyTheFirstSucceeds()
    {
        var store = new InMemoryStudyStore();
        var deadProcess = store.Connect();
        deadProcess.Save(Running(deadProcess.ReserveTrialNumber(), 0.5));
        var (first, second) = (store.Connect(), store.Connect());
        var (seenByFirst, seenBySecond) = (Assert.Single(first.Load()), Assert.Single(second.Load()));

        var firstTook = first.TrySave(seenByFirst, seenByFirst with { Heartbeat = DateTimeOffset.UtcNow });
        var secondTook = second.TrySave(seenBySecond, seenBySecond with { Heartbeat = DateTimeOffset.UtcNow, Value = 9 });

        Assert.Equal((true, false), (firstTook, secondTook));
        Assert.Null(Assert.Single(store.Connect().Load()).Value);
    }

    [Fact]
    public async Task ARunningTrialOfASharedStudySavesHeartbeatsUntilItEnds()
    {
        var store = new InMemoryStudyStore();
        var observer = store.Connect();
        var options = new StudyOptions(Trials: 1, Timeout: null, Parallelism: 1, Seed: 0) { StaleAfter = TimeSpan.FromMilliseconds(250) };
        var beats = new List<DateTimeOffset>();

        await new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), options).RunAsync(
            X,
            (values, _, _) =>
            {
                // Waits for the heartbeat to move on twice, however slow the machine; a runner without one never ends the trial.
                var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
                while (beats.Count < 3 && DateTime.UtcNow < deadline)
                {
                    var heartbeat = Assert.Single(observer.Load()).Heartbeat!.Value;
                    if (beats.Count == 0 || heartbeat > beats[^1])
                    {
                        beats.Add(heartbeat);
                    }

                    Thread.Sleep(10);
                }

                return values["x"].Number;
            },
            null,
            default);

        Assert.Equal(3, beats.Count);
        var ended = Assert.Single(observer.Load());
        Assert.Equal(TrialState.Completed, ended.State);
        Assert.True(ended.Heartbeat >= beats[^1]);
    }

    [Fact]
    public async Task AWorkerWhoseTrialWasTakenOverLeavesTheOtherProcessesVersion()
    {
        var store = new InMemoryStudyStore();
        var taker = store.Connect();
        Trial? takenOver = null;

        var result = await new StudyRunner(new SeededTestSampler(5), new NoPruner(), store.Connect(), new StudyOptions(Trials: 2, Timeout: null, Parallelism: 1, Seed: 0))
            .RunAsync(
                X,
                (values, context, _) =>
                {
                    if (context.Number == 0)
                    {
                        // As if this worker had been suspended past StaleAfter and another process took its trial.
                        var stale = taker.Load().Single(t => t.Number == 0);
                        takenOver = stale with { Heartbeat = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1) };
                        Assert.True(taker.TrySave(stale, takenOver));
                    }

                    return values["x"].Number;
                },
                null,
                default);

        Assert.Equal(["running", "completed"], store.States());
        Assert.Equal(TrialJson.Serialize(takenOver!), TrialJson.Serialize(store.Connect().Load()[0]));
        Assert.Equal([TrialState.Running, TrialState.Completed], result.Trials.Select(t => t.State));
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
