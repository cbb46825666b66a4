using MlPipeline.GitHub.Checks;
using MlPipeline.GitHub.Comments;

namespace MlPipeline.GitHub.Tests;

[Collection(GitHubCollection.Name)]
public sealed class Failures(GitHubContractFixture fixture)
{
    [Fact]
    public async Task AReadOnlyTokensForbiddenIsAPermissionFailureTheCallerCanDegradeOn()
    {
        var repository = fixture.Contract.NewRepository();
        repository.AddComment(5, "first");
        repository.FailWith(403, "Resource not accessible by integration");

        var exception = await Assert.ThrowsAsync<GitHubPermissionException>(
            () => new StickyComment(fixture.Contract.Connect(repository)).PostAsync(5, "ci", "report", CancellationToken.None));

        Assert.Contains("403: Resource not accessible by integration", exception.Message, StringComparison.Ordinal);
        Assert.Contains("pull request from a fork", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerErrorNamesTheRequestAndGitHubsMessage()
    {
        var repository = fixture.Contract.NewRepository();
        repository.FailWith(500, "Something went wrong on our side");

        var exception = await Assert.ThrowsAsync<GitHubException>(() => new CheckRunPublisher(fixture.Contract.Connect(repository)).PublishAsync(
            new CheckRunRequest("Regression gate", "6dcb09b5b57875f334f61aebed695e2e4193db5e", true, "t", "s", []), CancellationToken.None));

        Assert.IsNotType<GitHubPermissionException>(exception);
        Assert.Equal(
            $"GitHub could not create the check run 'Regression gate' on 6dcb09b5b57875f334f61aebed695e2e4193db5e in {repository.Owner}/{repository.Name} (500 InternalServerError: Something went wrong on our side).",
            exception.Message);
    }
}
