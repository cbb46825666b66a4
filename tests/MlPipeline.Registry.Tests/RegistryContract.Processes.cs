using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    private const int Workers = 8;
    private const int RegistrationsPerWorker = 10;

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
}
