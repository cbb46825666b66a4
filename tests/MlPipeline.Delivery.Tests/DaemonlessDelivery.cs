using System.Text.Json;
using MlPipeline.Delivery.Building;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Delivery.Tests.Support;

namespace MlPipeline.Delivery.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class DaemonlessDelivery(RegistryWithBaseImage registry) : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task ThePublishedImageIsPushedWithItsTagsAndLineageAndASecondPushIsSkipped()
    {
        var image = await registry.StandInAsync();
        using var client = registry.Client();
        using var archive = await ImageArchive.OpenAsync(image.ArchivePath, CancellationToken.None);

        var first = await ArchivePusher.PushAsync(client, archive, "churn/model", ["7", "0123abc"], new Progress<string>(), CancellationToken.None);
        var second = await ArchivePusher.PushAsync(client, archive, "churn/model", ["7", "0123abc"], new Progress<string>(), CancellationToken.None);

        Assert.False(first.Skipped);
        // The base image's layer, the app's layer and the config: the base layer is in the registry, but in another repository.
        Assert.Equal(3, first.BlobsUploaded);
        Assert.Equal(image.Digest, first.Image.Digest);
        Assert.True(second.Skipped);
        Assert.Contains("churn/model", await client.ListRepositoriesAsync(CancellationToken.None));
        Assert.Equal(["0123abc", "7"], await client.ListTagsAsync("churn/model", CancellationToken.None));
        Assert.Equal(image.Digest, await client.FindManifestAsync("churn/model", "7", CancellationToken.None));
        var labels = await PushedLabelsAsync(client, "churn/model", "0123abc");
        foreach (var (key, value) in RegistryWithBaseImage.Lineage.ToLabels())
        {
            Assert.Equal(value, labels[key]);
        }
    }

    [Fact]
    public async Task PushingToAClosedPortSaysTheRegistryCannotBeReached()
    {
        var image = await registry.StandInAsync();
        using var archive = await ImageArchive.OpenAsync(image.ArchivePath, CancellationToken.None);
        var closed = $"127.0.0.1:{FreePort.Next()}";
        using var client = new RegistryClient(closed, new RegistryOptions { MaxRetries = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });

        var exception = await Assert.ThrowsAsync<DeliveryException>(
            () => ArchivePusher.PushAsync(client, archive, "churn/model", ["unreachable"], new Progress<string>(), CancellationToken.None));

        Assert.Equal(DeliveryError.RegistryUnreachable, exception.Error);
        Assert.StartsWith($"Cannot reach the registry at http://{closed}/v2/ (Connection refused) after 3 attempts.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushingWithWrongCredentialsSaysWhichCredentialsToSet()
    {
        var image = await registry.StandInAsync();
        using var archive = await ImageArchive.OpenAsync(image.ArchivePath, CancellationToken.None);
        using var secured = LocalRegistry.WithUser("pipeline", "right-password");
        using var client = new RegistryClient(secured.Address, new RegistryOptions
        {
            Credentials = new RegistryCredentials("pipeline", "wrong-password"),
            CredentialsHint = "--registry-username and --registry-password",
        });

        var exception = await Assert.ThrowsAsync<DeliveryException>(
            () => ArchivePusher.PushAsync(client, archive, "churn/model", ["secured"], new Progress<string>(), CancellationToken.None));

        Assert.Equal(DeliveryError.Unauthorized, exception.Error);
        Assert.Equal(
            $"The registry {secured.Address} refused the credentials of user 'pipeline' to 'repository:churn/model:pull' (HTTP 401). Set --registry-username and --registry-password.",
            exception.Message);
        Assert.DoesNotContain("wrong-password", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushingWithTheRightCredentialsSucceeds()
    {
        var image = await registry.StandInAsync();
        using var archive = await ImageArchive.OpenAsync(image.ArchivePath, CancellationToken.None);
        using var secured = LocalRegistry.WithUser("pipeline", "right-password");
        using var client = new RegistryClient(secured.Address, new RegistryOptions { Credentials = new RegistryCredentials("pipeline", "right-password") });

        var result = await ArchivePusher.PushAsync(client, archive, "churn/model", ["secured"], new Progress<string>(), CancellationToken.None);

        Assert.Equal(3, result.BlobsUploaded);
        Assert.Equal(image.Digest, await client.FindManifestAsync("churn/model", "secured", CancellationToken.None));
    }

    [Fact]
    public async Task AFailedPublishReportsTheCompilersErrors()
    {
        var request = registry.Request(_folder.Path, "churn/model", ["1"]) with { Project = WriteBrokenProject() };

        var exception = await Assert.ThrowsAsync<DeliveryException>(() => DaemonlessImageBuilder.BuildAsync(request, new Progress<string>(), CancellationToken.None));

        Assert.Equal(DeliveryError.BuildFailed, exception.Error);
        Assert.Contains("error CS1002: ; expected", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(request.ArchivePath));
    }

    private string WriteBrokenProject()
    {
        var folder = Directory.CreateDirectory(_folder.File("broken")).FullName;
        File.WriteAllText(Path.Combine(folder, "Broken.csproj"), """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "var x = 1");
        return Path.Combine(folder, "Broken.csproj");
    }

    private static async Task<Dictionary<string, string>> PushedLabelsAsync(RegistryClient client, string repository, string tag)
    {
        var (_, manifest) = await client.GetManifestAsync(repository, tag, CancellationToken.None);
        using var document = JsonDocument.Parse(manifest);
        var config = await client.GetBlobAsync(repository, ImageDigest.Parse(document.RootElement.GetProperty("config").GetProperty("digest").GetString()!), CancellationToken.None);
        using var configDocument = JsonDocument.Parse(config);
        return configDocument.RootElement.GetProperty("config").GetProperty("Labels").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString()!);
    }
}
