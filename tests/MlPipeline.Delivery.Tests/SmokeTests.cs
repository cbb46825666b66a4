using MlPipeline.Delivery.DockerEngine;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Delivery.Running;
using MlPipeline.Delivery.Tests.Support;

namespace MlPipeline.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class SmokeTests(RegistryWithBaseImage registry, DockerDaemonFixture docker) : IClassFixture<DockerDaemonFixture>
{
    // Two rows whose sums are 6 and -1.5: the stand-in predicts 2.5 × sum.
    private static readonly SmokeRows Rows = new(["a", "b", "c"], [[1.0, 2.0, 3.0], [0.5, -1.0, -1.0]]);

    [Fact]
    public async Task ThePublishedAppRunWithoutADaemonPredictsWithTheBundledModel()
    {
        var image = await registry.StandInAsync();
        var port = FreePort.Next();

        var predictions = await SmokeTest.RunAsync(new ProcessSmokeHost(image.Executable), port, Rows, TimeSpan.FromSeconds(60), new Progress<string>(), CancellationToken.None);

        Assert.Equal([15.0, -3.75], predictions.Select(prediction => prediction.GetDouble()));
        await AssertNothingListensAsync(port);
    }

    [Fact]
    public async Task ThePushedImageRunInAContainerPredictsWithTheBundledModelAndIsRemovedAfterwards()
    {
        var pushed = await PushStandInAsync("smoke/model", "1");
        var port = FreePort.Next();

        var predictions = await SmokeTest.RunAsync(new ContainerSmokeHost(docker.Client, pushed), port, Rows, TimeSpan.FromSeconds(60), new Progress<string>(), CancellationToken.None);

        Assert.Equal([15.0, -3.75], predictions.Select(prediction => prediction.GetDouble()));
        Assert.Empty(await docker.Client.Containers.ListContainersAsync(new global::Docker.DotNet.Models.ContainersListParameters { All = true }));
    }

    [Fact]
    public async Task AServiceThatNeverBecomesReadyFailsTheSmokeTestAndItsContainerIsRemoved()
    {
        var pushed = await PushStandInAsync("smoke/model", "2");
        var port = FreePort.Next();
        // The service listens on another port than the one the smoke test waits on.
        var host = new ContainerSmokeHost(docker.Client, pushed);

        var exception = await Assert.ThrowsAsync<DeliveryException>(
            () => SmokeTest.RunAsync(new PortShiftedHost(host, FreePort.Next()), port, Rows, TimeSpan.FromSeconds(5), new Progress<string>(), CancellationToken.None));

        Assert.Equal(DeliveryError.SmokeTestFailed, exception.Error);
        Assert.StartsWith($"The service was not ready within 5 s: GET http://127.0.0.1:{port}/v2/health/ready never answered 200. It is still running.", exception.Message, StringComparison.Ordinal);
        Assert.Empty(await docker.Client.Containers.ListContainersAsync(new global::Docker.DotNet.Models.ContainersListParameters { All = true }));
    }

    private async Task<ImageReference> PushStandInAsync(string repository, string tag)
    {
        var image = await registry.StandInAsync();
        using var archive = await ImageArchive.OpenAsync(image.ArchivePath, CancellationToken.None);
        using var client = registry.Client();
        return (await ArchivePusher.PushAsync(client, archive, repository, [tag], new Progress<string>(), CancellationToken.None)).Image;
    }

    private static async Task AssertNothingListensAsync(int port)
    {
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync($"http://127.0.0.1:{port}/v2/health/ready"));
    }

    /// <summary>Starts the real host on another port, so that nothing ever answers on the one the smoke test polls.</summary>
    private sealed class PortShiftedHost(ISmokeHost inner, int actualPort) : ISmokeHost
    {
        public Task StartAsync(int port, CancellationToken cancellation) => inner.StartAsync(actualPort, cancellation);

        public Task<string?> FailureAsync(CancellationToken cancellation) => inner.FailureAsync(cancellation);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
