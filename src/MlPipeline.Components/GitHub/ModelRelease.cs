using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Registry;
using MlPipeline.GitHub.Releases;

namespace MlPipeline.Components.GitHub;

/// <summary>What <see cref="IPublishToGitHub.CreateRelease"/> does.</summary>
internal sealed class ModelRelease(IPublishToGitHub build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var registration = ArtifactJson.Read<RegistrationRecord>(ArtifactPaths.Model.Registration(build), "Register");
        if (registration.State == "discarded")
        {
            throw new InvalidOperationException(
                $"{registration.ModelName} version {registration.Version} was registered as Discarded (it failed its gates); only a version that passed is released.");
        }

        var onnx = ArtifactPaths.Model.Onnx(build);
        if (!onnx.Exists)
        {
            throw new InvalidOperationException($"{onnx.RelativeTo(build.RootDirectory)} does not exist; it is written by ExportOnnx (./build.sh ExportOnnx VerifyOnnx CreateRelease).");
        }

        var tag = $"{registration.ModelName}-v{registration.Version}";
        var markdown = ArtifactPaths.Report.Markdown(build);
        var assets = new[] { onnx, ArtifactPaths.Report.ModelCard(build), ArtifactPaths.Report.Html(build), markdown }
            .Where(path => path.Exists)
            .Select(path => new ReleaseAsset(Path.GetFileName(path), path))
            .ToList();
        var body = markdown.Exists
            ? await File.ReadAllTextAsync(markdown, cancellation)
            : $"{registration.ModelName} version {registration.Version} ({registration.State}), model {registration.ModelSha256}.";
        var request = new ReleaseRequest(tag, $"{registration.ModelName} v{registration.Version}", body, build.BuildEnvironment.Variable("GITHUB_SHA"), assets);

        var result = await new ReleasePublisher(GitHubConnection.Open(build)).PublishAsync(request, cancellation);
        build.Log.Information(
            $"{(result.Created ? "Created" : "Updated")} the release {tag} with {string.Join(", ", assets.Select(a => a.Name))}"
            + (result.Replaced.Count > 0 ? $" (replaced {string.Join(", ", result.Replaced)})" : "") + $": {result.Url}");
    }
}
