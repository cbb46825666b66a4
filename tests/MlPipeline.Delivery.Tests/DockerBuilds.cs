using MlPipeline.Delivery.DockerEngine;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Tests.Support;

namespace MlPipeline.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class DockerBuilds(RegistryWithBaseImage registry, DockerDaemonFixture docker) : IClassFixture<DockerDaemonFixture>, IDisposable
{
    private readonly TemporaryDirectory _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task AUsersDockerfileIsBuiltLabelledAndPushedAndASecondPushIsSkipped()
    {
        File.WriteAllText(_context.File("Dockerfile"), $"FROM {registry.BaseImage}\nCOPY model.txt /model/model.txt\n");
        File.WriteAllText(_context.File("model.txt"), "weights");
        var image = ImageReference.Create(registry.Registry.Address, "custom/model", "3");
        var labels = RegistryWithBaseImage.Lineage.ToLabels();

        var id = await DockerImageBuilder.BuildAsync(docker.Client, new DockerBuildRequest(_context.Path, image, labels), new Progress<string>(), CancellationToken.None);
        using var client = registry.Client();
        var first = await DockerImagePusher.PushAsync(docker.Client, client, image, null, new Progress<string>(), CancellationToken.None);
        var second = await DockerImagePusher.PushAsync(docker.Client, client, image, null, new Progress<string>(), CancellationToken.None);

        var inspected = await docker.Client.Images.InspectImageAsync(id);
        Assert.Equal("0123abc", inspected.Config.Labels["org.opencontainers.image.revision"]);
        Assert.Equal("sha256:feed", inspected.Config.Labels["io.mlpipeline.data.hash"]);
        Assert.False(first.Skipped);
        Assert.True(second.Skipped);
        Assert.Equal(first.Image.Digest, second.Image.Digest);
        Assert.Equal(["3"], await client.ListTagsAsync("custom/model", CancellationToken.None));
        Assert.Equal(first.Image.Digest, await client.FindManifestAsync("custom/model", "3", CancellationToken.None));
    }

    [Fact]
    public async Task ABrokenDockerfileFailsWithTheDaemonsMessage()
    {
        File.WriteAllText(_context.File("Dockerfile"), $"FROM {registry.BaseImage}\nCOPY missing.txt /missing.txt\n");
        var image = ImageReference.Create(registry.Registry.Address, "custom/model", "broken");

        var exception = await Assert.ThrowsAsync<DeliveryException>(
            () => DockerImageBuilder.BuildAsync(docker.Client, new DockerBuildRequest(_context.Path, image, new Dictionary<string, string>()), new Progress<string>(), CancellationToken.None));

        Assert.Equal(DeliveryError.BuildFailed, exception.Error);
        Assert.Contains("COPY failed", exception.Message, StringComparison.Ordinal);
        Assert.Contains("missing.txt", exception.Message, StringComparison.Ordinal);
    }
}
