using System.Diagnostics;
using System.Text.Json;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Testing.Delivery;

namespace MlPipeline.Components.Tests;

[Collection(DeliveryCollection.Name)]
public sealed class DeliveryTargets(DeliveryCollection.Registry registry) : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task TheModelIsBuiltPushedUnderItsVersionAndCommitAndPassesItsSmokeTestAsAProcess()
    {
        var commit = Commit();

        var run = await _pipeline.RunAsync(["SmokeTest", .. Delivery("--smoke-runner", "process")]);

        Assert.True(run.ExitCode == 0, run.All);
        using var client = registry.Client();
        var image = Json("image/image.json");
        var version = image.GetProperty("model_version").GetString()!;
        var modelSha = Json("model/training.json").GetProperty("provenance").GetProperty("model_sha256").GetString()!.Split(':')[^1];
        // This build does not run Register, so the image is of an unregistered model and its version tag is the model's hash.
        Assert.Equal("unregistered", version);
        version = "unregistered-" + modelSha[..12];
        Assert.Equal(new[] { commit[..12] + "-dirty", version }, await client.ListTagsAsync("seattle-weather", CancellationToken.None));
        var labels = await LabelsAsync(client, "seattle-weather", version);
        Assert.Equal("unregistered", labels["io.mlpipeline.model.version"]);
        Assert.Equal(commit, labels["org.opencontainers.image.revision"]);
        Assert.Equal(Json("model/training.json").GetProperty("provenance").GetProperty("data_hash").GetString(), labels["io.mlpipeline.data.hash"]);
        Assert.Equal(Json("model/metrics.json").GetProperty("metrics").GetProperty("macro_f1").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture), labels["io.mlpipeline.metrics.macro_f1"]);
        Assert.Equal(image.GetProperty("digest").GetString(), (await client.FindManifestAsync("seattle-weather", version, CancellationToken.None))?.Value);
        var smoke = Json("image/smoke.json");
        Assert.True(smoke.GetProperty("passed").GetBoolean());
        Assert.Equal("process", smoke.GetProperty("runner").GetString());
        Assert.Equal(Json("data/splits.json").GetProperty("benchmark").GetArrayLength(), smoke.GetProperty("rows").GetInt32());
        Assert.InRange(smoke.GetProperty("max_abs_difference").GetDouble(), 0, 1e-5);

        var again = await _pipeline.RunAsync(["PushImage", .. Delivery()]);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("UpToDate", again.StatusOf("BuildImage"));
        Assert.Contains($"Skipped: {registry.Server.Address}/seattle-weather already has {image.GetProperty("digest").GetString()}", again.Output);
        Assert.True(Json("image/push.json").GetProperty("skipped").GetBoolean());
    }

    [Fact]
    public async Task TagLatestAddsLatestAndTheSmokeTestPassesInAContainerOnDockerd()
    {
        await using var docker = await LocalDockerDaemon.StartAsync();

        var run = await _pipeline.RunAsync(["SmokeTest", .. Delivery("--tag-latest", "--smoke-runner", "container", "--docker-host", docker.Host)]);

        Assert.True(run.ExitCode == 0, run.All);
        using var client = registry.Client();
        Assert.Contains("latest", await client.ListTagsAsync("seattle-weather", CancellationToken.None));
        Assert.Equal("container", Json("image/smoke.json").GetProperty("runner").GetString());
        Assert.Empty(await docker.Client.Containers.ListContainersAsync(new Docker.DotNet.Models.ContainersListParameters { All = true }));
    }

    [Fact]
    public async Task TheDockerBuilderBuildsThroughTheDaemonWhichPushesItAndItsContainerPassesTheSmokeTest()
    {
        await using var docker = await LocalDockerDaemon.StartAsync();

        var run = await _pipeline.RunAsync(["SmokeTest", .. Delivery("--image-builder", "docker", "--smoke-runner", "container", "--docker-host", docker.Host)]);

        Assert.True(run.ExitCode == 0, run.All);
        var image = Json("image/image.json");
        Assert.Equal("docker", image.GetProperty("builder").GetString());
        Assert.Equal(JsonValueKind.Null, image.GetProperty("digest").ValueKind);
        var imageId = image.GetProperty("image_id").GetString()!;
        var local = await docker.Client.Images.InspectImageAsync(imageId);
        Assert.Equal("unregistered", local.Config.Labels["io.mlpipeline.model.version"]);
        var push = Json("image/push.json");
        // The daemon pushed, so the registry decided the digest and no blob count is known.
        Assert.Equal(JsonValueKind.Null, push.GetProperty("blobs_uploaded").ValueKind);
        var tag = image.GetProperty("tags")[0].GetString()!;
        using var client = registry.Client();
        Assert.Equal(push.GetProperty("digest").GetString(), (await client.FindManifestAsync("seattle-weather", tag, CancellationToken.None))?.Value);
        var labels = await LabelsAsync(client, "seattle-weather", tag);
        Assert.Equal(Json("model/training.json").GetProperty("provenance").GetProperty("data_hash").GetString(), labels["io.mlpipeline.data.hash"]);
        var smoke = Json("image/smoke.json");
        Assert.True(smoke.GetProperty("passed").GetBoolean());
        Assert.Equal("container", smoke.GetProperty("runner").GetString());
        Assert.InRange(smoke.GetProperty("max_abs_difference").GetDouble(), 0, 1e-5);
        Assert.Empty(await docker.Client.Containers.ListContainersAsync(new Docker.DotNet.Models.ContainersListParameters { All = true }));
    }

    [Fact]
    public async Task AnImageOfAnotherModelUnderTheSameTagFailsTheSmokeTestNamingTheWorstRow()
    {
        Assert.Equal(0, (await _pipeline.RunAsync(["BuildImage", "--max-depth", "1", "--num-boost-round", "3", .. Delivery()])).ExitCode);
        var weak = _pipeline.Root / "weak-image";
        Directory.Move(_pipeline.Artifact("image"), weak);
        Assert.Equal(0, (await _pipeline.RunAsync(["BuildImage", .. Delivery()])).ExitCode);
        Directory.Delete(_pipeline.Artifact("image"), recursive: true);
        Directory.Move(weak, _pipeline.Artifact("image"));

        var run = await _pipeline.RunAsync(["SmokeTest", "--skip", "BuildImage", .. Delivery("--smoke-runner", "process")]);

        Assert.Equal(1, run.ExitCode);
        var smoke = Json("image/smoke.json");
        Assert.False(smoke.GetProperty("passed").GetBoolean());
        Assert.Contains($"does not predict what model.onnx predicts on {smoke.GetProperty("rows_over_tolerance").GetInt32()} of", run.All);
        Assert.Contains($"the worst is dataset row {smoke.GetProperty("worst_row").GetInt32()}, {smoke.GetProperty("worst_output").GetString()}: the service answered", run.All);
        Assert.True(smoke.GetProperty("max_abs_difference").GetDouble() > 0.01);
    }

    [Fact]
    public async Task AnUnreachableRegistryAndRefusedCredentialsEachFailWithOneMessage()
    {
        Assert.Equal(0, (await _pipeline.RunAsync(["BuildImage", .. Delivery()])).ExitCode);
        using var secured = LocalRegistry.WithUser("pusher", "right-password");

        var unreachable = await _pipeline.RunAsync("PushImage", "--image-registry", $"127.0.0.1:{FreePort.Next()}", "--base-image", registry.BaseImage.ToString());
        var refused = await _pipeline.RunAsync("PushImage", "--image-registry", secured.Address, "--base-image", registry.BaseImage.ToString(),
            "--registry-username", "pusher", "--registry-password", "wrong-password");

        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("Cannot reach the registry at http://127.0.0.1:", unreachable.All);
        Assert.Equal(1, refused.ExitCode);
        // The user name is a [Secret] too, so it is masked like the password.
        Assert.Contains($"The registry {secured.Address} refused the credentials of user '****' to 'repository:seattle-weather:pull' (HTTP 401)", refused.All);
        Assert.Contains("Set --registry-username and --registry-password (or REGISTRY_USERNAME and REGISTRY_PASSWORD)", refused.All);
        Assert.DoesNotContain("wrong-password", refused.All);
        Assert.DoesNotContain("pusher", refused.All);
        Assert.False(File.Exists(_pipeline.Artifact("image/push.json")));
    }

    [Theory]
    [InlineData("--image-registry", "https://ghcr.io", "--image-registry: 'https:' is not a valid image reference")]
    [InlineData("--base-image", "base:1", "--base-image: 'base:1' is not a valid image reference: it names no registry")]
    [InlineData("--image-repository", "Churn Model", "--image-repository: 'Churn Model' is not a valid image reference: the repository must be lower-case")]
    public async Task ABadImageParameterStopsTheBuildBeforeAnythingRuns(string parameter, string value, string message)
    {
        string[] arguments = ["PushImage", "--image-registry", registry.Server.Address, "--base-image", registry.BaseImage.ToString()];
        var index = Array.IndexOf(arguments, parameter);
        arguments = index < 0 ? [.. arguments, parameter, value] : [.. arguments[..(index + 1)], value, .. arguments[(index + 2)..]];

        var run = await _pipeline.RunAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.All);
        Assert.False(Directory.Exists(_pipeline.Root / "artifacts"));
    }

    private string[] Delivery(params string[] more) =>
        ["--image-registry", registry.Server.Address, "--base-image", registry.BaseImage.ToString(), .. more];

    private JsonElement Json(string artifact) => JsonDocument.Parse(File.ReadAllText(_pipeline.Artifact(artifact))).RootElement;

    private static async Task<IReadOnlyDictionary<string, string>> LabelsAsync(RegistryClient client, string repository, string tag)
    {
        var (_, manifest) = await client.GetManifestAsync(repository, tag, CancellationToken.None);
        var config = JsonDocument.Parse(manifest).RootElement.GetProperty("config").GetProperty("digest").GetString()!;
        var blob = JsonDocument.Parse(await client.GetBlobAsync(repository, ImageDigest.Parse(config), CancellationToken.None)).RootElement;
        return blob.GetProperty("config").GetProperty("Labels").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString()!);
    }

    // The throw-away repository as a git checkout with one commit, so the image has a commit to be tagged with.
    private string Commit()
    {
        _pipeline.Write(".gitignore", "artifacts/\nmodels/\n.nuke/\n");
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=tests", "-c", "user.email=tests@example.org", "commit", "-q", "-m", "data");
        return Git("rev-parse", "HEAD").Trim();
    }

    private string Git(params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = _pipeline.Root, RedirectStandardOutput = true })!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
        return output;
    }
}
