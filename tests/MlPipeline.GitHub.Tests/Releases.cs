using System.Text;
using MlPipeline.GitHub.Releases;

namespace MlPipeline.GitHub.Tests;

[Collection(GitHubCollection.Name)]
public sealed class Releases(GitHubContractFixture fixture) : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task ASecondRunOfTheTagReplacesTheAssetOfTheSameNameAndKeepsOneRelease()
    {
        var repository = fixture.Contract.NewRepository();
        var releases = new ReleasePublisher(fixture.Contract.Connect(repository));

        var first = await releases.PublishAsync(Request("first body", ("model.onnx", "onnx v1"), ("report.md", "# report")), CancellationToken.None);
        var second = await releases.PublishAsync(Request("second body", ("model.onnx", "onnx v1, rebuilt")), CancellationToken.None);

        Assert.True(first.Created);
        Assert.Empty(first.Replaced);
        Assert.False(second.Created);
        Assert.Equal(["model.onnx"], second.Replaced);
        var release = Assert.Single(repository.Releases);
        Assert.Equal(("weather-v3", "weather v3", "second body", "abc123"), (release.Tag, release.Name, release.Body, release.TargetCommitish));
        Assert.Equal(
            [("report.md", "# report"), ("model.onnx", "onnx v1, rebuilt")],
            release.Assets.Select(a => (a.Name, Encoding.UTF8.GetString(a.Content))));
    }

    [Fact]
    public async Task AMissingAssetFileIsNamedBeforeAnyRequest()
    {
        var repository = fixture.Contract.NewRepository();
        var request = new ReleaseRequest("weather-v3", "weather v3", "", null, [new ReleaseAsset("model.onnx", _folder.File("absent.onnx"))]);

        var exception = await Assert.ThrowsAsync<FileNotFoundException>(() => new ReleasePublisher(fixture.Contract.Connect(repository)).PublishAsync(request, CancellationToken.None));

        Assert.Contains("model.onnx should come from", exception.Message, StringComparison.Ordinal);
        Assert.Empty(repository.Requests);
    }

    public void Dispose() => _folder.Dispose();

    private ReleaseRequest Request(string body, params (string Name, string Content)[] assets) => new(
        "weather-v3",
        "weather v3",
        body,
        "abc123",
        [.. assets.Select(a =>
        {
            var path = _folder.File(Guid.NewGuid().ToString("N"));
            File.WriteAllText(path, a.Content);
            return new ReleaseAsset(a.Name, path);
        })]);
}
