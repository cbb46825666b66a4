using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    private const int Workers = 8;
    private const int RegistrationsPerWorker = 10;
    private const int TrialsPerWorker = 10;

    // The workers also open the new registry at the same moment, so creating its tables concurrently is covered too.
    [Fact]
    public async Task EightProcessesRegisteringAtOnceGetEveryVersionExactlyOnce()
    {
        var location = NewLocation();

        var workers = Enumerable.Range(0, Workers).Select(_ => WorkerProcess.Start("register", location, "churn", RegistrationsPerWorker.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var printed = new List<int>();
        foreach (var worker in workers)
        {
            using (worker)
            {
                printed.AddRange((await worker.OutputLinesAsync()).Select(int.Parse));
            }
        }

        var expected = Enumerable.Range(1, Workers * RegistrationsPerWorker).ToList();
        Assert.Equal(expected, printed.Order());
        using var registry = Open(location);
        Assert.Equal(expected, registry.List("churn").Select(version => version.Version));
        Assert.Equal(Workers * RegistrationsPerWorker, Internals(registry).CountBlobs());
    }

    [Fact]
    public async Task AProcessKilledInsideRegisterLeavesNoVersionAndNoOrphanBlob()
    {
        var location = NewLocation();
        using (var registry = Open(location))
        {
            registry.Register(Samples.Model("churn", "version 1"));
        }

        using (var worker = WorkerProcess.Start("hang-in-register", location, "churn"))
        {
            await worker.WaitForLineAsync("inside-register");
            worker.Kill();
        }

        using var after = Open(location);
        Assert.Equal([1], after.List("churn").Select(version => version.Version));
        Assert.Equal(0, Internals(after).CountOrphanBlobs());
        Assert.Equal(1, Internals(after).CountBlobs());
        Assert.Equal(2, after.Register(Samples.Model("churn", "version 2")).Version);
    }

    // Like several `Tune --study` processes on one registry: each trial is reserved, saved running, then saved completed.
    [Fact]
    public async Task EightProcessesTuningOneStudyRunEveryTrialNumberExactlyOnce()
    {
        var location = NewLocation();

        var workers = Enumerable.Range(0, Workers).Select(_ => WorkerProcess.Start("tune", location, "churn-xgboost", TrialsPerWorker.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var printed = new List<int>();
        foreach (var worker in workers)
        {
            using (worker)
            {
                printed.AddRange((await worker.OutputLinesAsync()).Select(int.Parse));
            }
        }

        var expected = Enumerable.Range(0, Workers * TrialsPerWorker).ToList();
        Assert.Equal(expected, printed.Order());
        using var registry = Open(location);
        var trials = registry.Studies.LoadTrials("churn-xgboost").Select(json => System.Text.Json.JsonDocument.Parse(json).RootElement).ToList();
        Assert.Equal(expected, trials.Select(trial => trial.GetProperty("number").GetInt32()));
        Assert.All(trials, trial => Assert.Equal("completed", trial.GetProperty("state").GetString()));
        Assert.Equal(Workers * TrialsPerWorker, Count(location, "SELECT COUNT(*) FROM study_trials WHERE state = 'completed'"));
        Assert.Equal(Workers * TrialsPerWorker, registry.Studies.ReserveTrial("churn-xgboost"));
    }
}
