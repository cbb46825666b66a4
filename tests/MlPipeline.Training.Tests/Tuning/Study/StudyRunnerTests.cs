using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class StudyRunnerTests
{
    private static readonly SearchSpace X = new([new UniformSpace("x", 0, 1)]);
    private static readonly StudyOptions OneAtATime = new(Trials: 5, Timeout: null, Parallelism: 1, Seed: 0);
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TheTrialBudgetRunsThatManyTrialsNumberedFromZero()
    {
        var result = await Run(new SeededTestSampler(1), OneAtATime, (values, _, _) => values["x"].Number);

        Assert.Equal([0, 1, 2, 3, 4], result.Trials.Select(t => t.Number));
        Assert.All(result.Trials, t => Assert.Equal(TrialState.Completed, t.State));
        Assert.All(result.Trials, t => Assert.Equal(t.Values["x"].Number, t.Value));
    }

    [Fact]
    public async Task TheBestIsTheLowestCompletedValueWithTiesToTheLowerNumber()
    {
        // Trial 3 is pruned below every completed value: a pruned trial never counts as the best.
        var runner = new StudyRunner(new FixedSampler(0.5, 0.2, 0.2, 0.05, 0.3), new PruneNumbersPruner(1, 3), new InMemoryStudyStorage(), OneAtATime);

        var result = await runner.RunAsync(X, (values, context, _) => context.Report(1, values["x"].Number) ? 0 : values["x"].Number, null, default);

        Assert.Equal(1, result.Best.Number);
        Assert.Equal(0.2, result.Best.Value);
        Assert.Equal(TrialState.Pruned, result.Trials[3].State);
    }

    [Fact]
    public async Task APrunedTrialIsRecordedWithTheStepItReachedAndItsLastValue()
    {
        var runner = new StudyRunner(new FixedSampler(0.1, 0.2), new PruneNumbersPruner(3, 1), new InMemoryStudyStorage(), OneAtATime with { Trials = 2 });
        var answers = new List<bool>();

        var result = await runner.RunAsync(
            X,
            (_, context, _) =>
            {
                for (var step = 1; step <= 5; step++)
                {
                    answers.Add(context.Report(step, 1.0 / step));
                }

                return 42;
            },
            null,
            default);

        var pruned = result.Trials[1];
        Assert.Equal(TrialState.Pruned, pruned.State);
        Assert.Equal(3, pruned.LastStep);
        Assert.Equal(1.0 / 3, pruned.Value);
        Assert.Equal([1, 2, 3], pruned.Intermediate.Keys.Order());
        // Trial 0 runs its five steps; trial 1 is told to stop at step 3 and every later report says so again.
        Assert.Equal([false, false, false, false, false, false, false, true, true, true], answers);
        Assert.Equal(42, result.Trials[0].Value);
        Assert.Equal(5, result.Trials[0].LastStep);
    }

    [Fact]
    public async Task ATrialWhoseObjectiveThrowsFailsWithTheMessageAndTheStudyGoesOn()
    {
        var result = await Run(new FixedSampler(0.1, 0.2, 0.3), OneAtATime with { Trials = 3 }, (values, context, _) =>
        {
            context.Report(1, 0.9);
            return context.Number == 1 ? throw new InvalidOperationException("eta too large for trial 1") : values["x"].Number;
        });

        Assert.Equal([TrialState.Completed, TrialState.Failed, TrialState.Completed], result.Trials.Select(t => t.State));
        Assert.Equal("eta too large for trial 1", result.Trials[1].Error);
        Assert.Null(result.Trials[1].Value);
        Assert.Equal(1, result.Trials[1].LastStep);
        Assert.Equal(0, result.Best.Number);
    }

    [Fact]
    public async Task AnObjectiveReturningNaNFailsItsTrial()
    {
        var result = await Run(new FixedSampler(0.1, 0.2), OneAtATime with { Trials = 2 }, (values, context, _) => context.Number == 0 ? double.NaN : 0.5);

        Assert.Equal(TrialState.Failed, result.Trials[0].State);
        Assert.Equal("The objective returned NaN, but a trial's value must be a finite loss.", result.Trials[0].Error);
    }

    [Fact]
    public async Task ReportingAStepTwiceFailsTheTrialWithTheSteps()
    {
        var result = await Run(new FixedSampler(0.1, 0.2), OneAtATime with { Trials = 2 }, (_, context, _) =>
        {
            context.Report(4, 0.5);
            context.Report(context.Number == 0 ? 4 : 5, 0.4);
            return 0.4;
        });

        Assert.Equal(TrialState.Failed, result.Trials[0].State);
        Assert.StartsWith("Trial 0 reported step 4 after step 4: steps must increase", result.Trials[0].Error, StringComparison.Ordinal);
        Assert.Equal(TrialState.Completed, result.Trials[1].State);
    }

    [Fact]
    public async Task NoCompletedTrialEndsTheStudyWithTheFirstFailure()
    {
        var error = await Assert.ThrowsAsync<StudyException>(() =>
            Run(new FixedSampler(0.1, 0.2, 0.3), OneAtATime with { Trials = 3 }, (_, context, _) => throw new InvalidOperationException($"broken {context.Number}.")));

        Assert.Equal("The study ended with no completed trial (3 failed of 3). Trial 0 failed with: broken 0. Fix that and run again; the study resumes from its storage.", error.Message);
    }

    [Fact]
    public async Task NoTrialStartsOnceTheTimeoutHasPassed()
    {
        var time = new ManualTimeProvider();
        var runner = new StudyRunner(new SeededTestSampler(1), new NoPruner(), new InMemoryStudyStorage(), new StudyOptions(null, TimeSpan.FromMinutes(10), 1, 0), time);

        var result = await runner.RunAsync(
            X,
            (_, _, _) =>
            {
                time.Advance(TimeSpan.FromMinutes(3));
                return 1;
            },
            null,
            default);

        // Trials start at minutes 0, 3, 6 and 9; at minute 12 the ten minutes are up.
        Assert.Equal([0, 1, 2, 3], result.Trials.Select(t => t.Number));
        Assert.All(result.Trials, t => Assert.Equal(TimeSpan.FromMinutes(3), t.Duration));
    }

    [Fact]
    public async Task CancellationEndsTheStudyAndLeavesTheTrialItCutOffRunning()
    {
        using var cancel = new CancellationTokenSource();
        var storage = new InMemoryStudyStorage();
        var runner = new StudyRunner(new SeededTestSampler(1), new NoPruner(), storage, OneAtATime);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(
            X,
            (_, context, cancellation) =>
            {
                if (context.Number == 2)
                {
                    cancel.Cancel();
                    cancellation.ThrowIfCancellationRequested();
                }

                return 1;
            },
            null,
            cancel.Token));

        Assert.Equal([TrialState.Completed, TrialState.Completed, TrialState.Running], storage.Load().Select(t => t.State));
    }

    [Fact]
    public async Task NeverMoreThanParallelismTrialsRunAtOnce()
    {
        var running = 0;
        var most = 0;
        using var allThree = new Barrier(3);

        await Run(new SeededTestSampler(1), OneAtATime with { Trials = 12, Parallelism = 3 }, (_, _, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            // Hold until three trials run together, which shows the runner starts that many and lets a fourth show if it did.
            allThree.SignalAndWait(Guard);
            Interlocked.Decrement(ref running);
            return 1;
        });

        Assert.Equal(3, most);
    }

    [Fact]
    public async Task ATrialNeverWaitsForAnotherToFinish()
    {
        using var othersDone = new CountdownEvent(3);

        var result = await Run(new SeededTestSampler(1), OneAtATime with { Trials = 4, Parallelism = 2 }, (_, context, _) =>
        {
            if (context.Number != 0)
            {
                othersDone.Signal();
                return 1;
            }

            // Trial 0 holds its worker while the other worker runs trials 1 to 3 to their end.
            return othersDone.Wait(Guard) ? 0 : throw new TimeoutException("trials 1 to 3 waited for trial 0");
        });

        Assert.All(result.Trials, t => Assert.Equal(TrialState.Completed, t.State));
        Assert.Equal(0, result.Best.Number);
    }

    [Theory]
    [InlineData(8, 2, 4)]
    [InlineData(5, 2, 2)]
    [InlineData(1, 2, 1)]
    public async Task EachTrialGetsTheThreadsDividedByTheParallelismAndTheStudysSeed(int threads, int parallelism, int perTrial)
    {
        var seen = new System.Collections.Concurrent.ConcurrentBag<(int Threads, int Seed)>();

        await Run(new SeededTestSampler(1), OneAtATime with { Parallelism = parallelism, Seed = 17, Threads = threads }, (_, context, _) =>
        {
            seen.Add((context.Threads, context.Seed));
            return 1;
        });

        Assert.Equal(Enumerable.Repeat((perTrial, 17), 5), seen);
    }

    [Fact]
    public async Task OneAtATimeTheSameSeedGivesTheSameTrialsAndTheSamplerSeesAllEarlierOnes()
    {
        var first = new SeededTestSampler(7);
        var a = await Run(first, OneAtATime, (values, _, _) => values["x"].Number);
        var b = await Run(new SeededTestSampler(7), OneAtATime, (values, _, _) => values["x"].Number);
        var c = await Run(new SeededTestSampler(8), OneAtATime, (values, _, _) => values["x"].Number);

        Assert.Equal(a.Trials.Select(t => t.Values["x"].Number), b.Trials.Select(t => t.Values["x"].Number));
        Assert.NotEqual(a.Trials.Select(t => t.Values["x"].Number), c.Trials.Select(t => t.Values["x"].Number));
        Assert.Equal([0, 1, 2, 3, 4], first.Calls.Select(call => call.Number));
        Assert.All(first.Calls, call => Assert.Equal(Enumerable.Range(0, call.Number), call.HistoryNumbers));
    }

    [Fact]
    public async Task ASamplerFailureStopsEveryWorkerAndEndsTheStudyWithIt()
    {
        var storage = new InMemoryStudyStorage();
        var runner = new StudyRunner(new FixedSampler(0.1, 0.2), new NoPruner(), storage, OneAtATime with { Trials = 10, Parallelism = 2 });

        // The sampler holds values for trials 0 and 1 only, so proposing trial 2 throws.
        await Assert.ThrowsAsync<IndexOutOfRangeException>(() => runner.RunAsync(X, (_, _, _) => 1, null, default));

        Assert.Equal([(0, TrialState.Completed), (1, TrialState.Completed)], storage.Load().Select(t => (t.Number, t.State)));
    }

    [Fact]
    public async Task ProgressHearsEachTrialStartAndEnd()
    {
        var heard = new List<string>();
        var runner = new StudyRunner(new SeededTestSampler(1), new NoPruner(), new InMemoryStudyStorage(), OneAtATime with { Trials = 2 });

        await runner.RunAsync(X, (_, _, _) => 1, new ImmediateProgress<Trial>(t => heard.Add($"{t.Number} {t.State}")), default);

        Assert.Equal(["0 Running", "0 Completed", "1 Running", "1 Completed"], heard);
    }

    [Fact]
    public void InvalidOptionsAreAllNamed()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new StudyRunner(new SeededTestSampler(1), new NoPruner(), new InMemoryStudyStorage(), new StudyOptions(null, null, 0, 0) { Threads = 0 }));

        Assert.Equal(
            "Invalid study options: neither Trials nor Timeout is set, so the study would never end; set a trial budget, a timeout or both; "
            + "Parallelism is 0 but must be at least 1; Threads is 0 but must be at least 1.",
            error.Message);
    }

    private static Task<StudyResult> Run(ISampler sampler, StudyOptions options, TrialObjective objective) =>
        new StudyRunner(sampler, new NoPruner(), new InMemoryStudyStorage(), options).RunAsync(X, objective, null, default);

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
