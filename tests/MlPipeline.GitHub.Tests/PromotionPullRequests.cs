using System.Text;
using MlPipeline.GitHub.PullRequests;

namespace MlPipeline.GitHub.Tests;

[Collection(GitHubCollection.Name)]
public sealed class PromotionPullRequests(GitHubContractFixture fixture)
{
    [Fact]
    public async Task TheFirstRunOpensThePullRequestAndTheSecondUpdatesItInsteadOfOpeningAnother()
    {
        var repository = fixture.Contract.NewRepository();
        var main = repository.Branch("main")!;
        var promotion = new PromotionPullRequest(fixture.Contract.Connect(repository));

        var first = await promotion.OpenAsync(Request("v3", "{\"version\":3}"), CancellationToken.None);
        var second = await promotion.OpenAsync(Request("v4", "{\"version\":4}"), CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Number, second.Number);
        var pull = Assert.Single(repository.PullRequests);
        Assert.Equal(("mlpipeline/promote-weather", "main", "Promote weather v4", "report v4", "open"), (pull.Head, pull.Base, pull.Title, pull.Body, pull.State));

        // The branch holds one commit on main, with the new files beside main's.
        Assert.Equal(second.CommitSha, repository.Branch("mlpipeline/promote-weather"));
        var (parents, message) = repository.CommitOf(second.CommitSha);
        Assert.Equal([main], parents);
        Assert.Equal("Promote weather v4", message);
        var files = repository.FilesOf(second.CommitSha);
        Assert.Equal(["README.md", "models/baseline.json", "models/baseline.predictions.json"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("{\"version\":4}", Encoding.UTF8.GetString(files["models/baseline.json"]));
        Assert.Equal(main, repository.Branch("main"));
    }

    [Fact]
    public async Task APathOutsideTheRepositoryIsRefusedBeforeAnyRequest()
    {
        var repository = fixture.Contract.NewRepository();
        var request = Request("v1", "{}") with { Files = new Dictionary<string, byte[]> { ["../etc/passwd"] = [] } };

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => new PromotionPullRequest(fixture.Contract.Connect(repository)).OpenAsync(request, CancellationToken.None));

        Assert.Contains("'../etc/passwd' is not a repository-relative path", exception.Message, StringComparison.Ordinal);
        Assert.Empty(repository.Requests);
    }

    private static PromotionRequest Request(string version, string baseline) => new(
        "mlpipeline/promote-weather",
        "main",
        $"Promote weather {version}",
        $"Promote weather {version}",
        $"report {version}",
        new Dictionary<string, byte[]>
        {
            ["models/baseline.json"] = Encoding.UTF8.GetBytes(baseline),
            ["models/baseline.predictions.json"] = Encoding.UTF8.GetBytes("[0.1,0.9]"),
        });
}
