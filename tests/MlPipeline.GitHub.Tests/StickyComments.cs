using MlPipeline.GitHub.Comments;

namespace MlPipeline.GitHub.Tests;

[Collection(GitHubCollection.Name)]
public sealed class StickyComments(GitHubContractFixture fixture)
{
    [Fact]
    public async Task TheWorkflowsCommentOnTheLastOfThreePagesIsEditedNotDuplicated()
    {
        var repository = fixture.Contract.NewRepository();
        for (var i = 0; i < 200; i++)
        {
            repository.AddComment(7, $"review remark {i}");
        }

        repository.AddComment(7, "<!-- mlpipeline:nightly -->\nold report");
        repository.AddComment(7, "<!-- mlpipeline:ci -->\nthe other workflow's report");
        var old = repository.CommentsOn(7)[200];

        var result = await new StickyComment(fixture.Contract.Connect(repository)).PostAsync(7, "nightly", "macro_f1 0.61", CancellationToken.None);

        Assert.False(result.Created);
        Assert.Equal(old.Id, result.Id);
        var comments = repository.CommentsOn(7);
        Assert.Equal(202, comments.Count);
        Assert.Equal("<!-- mlpipeline:nightly -->\nmacro_f1 0.61", comments[200].Body);
        Assert.Equal("<!-- mlpipeline:ci -->\nthe other workflow's report", comments[201].Body);
        var pages = repository.Requests.Where(r => r.Method == "GET").Select(r => r.Query.Split('&').FirstOrDefault(p => p.StartsWith("page=", StringComparison.Ordinal)) ?? "page=1");
        Assert.Equal(["page=1", "page=2", "page=3"], pages);
        Assert.DoesNotContain(repository.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task APullRequestWithoutTheWorkflowsCommentGetsOneAndTheNextRunEditsIt()
    {
        var repository = fixture.Contract.NewRepository();
        repository.AddComment(3, "looks good");
        var comments = new StickyComment(fixture.Contract.Connect(repository));

        var first = await comments.PostAsync(3, "ci", "first report", CancellationToken.None);
        var second = await comments.PostAsync(3, "ci", "second report", CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(["looks good", "<!-- mlpipeline:ci -->\nsecond report"], repository.CommentsOn(3).Select(c => c.Body));
    }

    [Fact]
    public void AWorkflowNameThatWouldCloseTheMarkerIsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => StickyComment.Marker("a-->b"));

        Assert.Contains("without '--' or '>'", exception.Message, StringComparison.Ordinal);
    }
}
