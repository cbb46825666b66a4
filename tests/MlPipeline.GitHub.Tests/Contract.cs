using System.Net;
using System.Text;

namespace MlPipeline.GitHub.Tests;

/// <summary>The setup itself: Prism must stand between the client and the fake and refuse what GitHub would refuse.</summary>
[Collection(GitHubCollection.Name)]
public sealed class Contract(GitHubContractFixture fixture)
{
    [Fact]
    public async Task PrismRejectsACommentWithoutABodyBeforeTheFakeSeesIt()
    {
        var repository = fixture.Contract.NewRepository();
        using var http = new HttpClient { BaseAddress = fixture.Contract.ApiUrl };
        using var content = new StringContent("{\"text\":\"hello\"}", Encoding.UTF8, "application/json");

        var response = await http.PostAsync($"repos/{repository.Owner}/{repository.Name}/issues/1/comments", content);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("must have required property 'body'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(repository.Requests);
    }

    [Fact]
    public async Task PrismRejectsAPathGitHubDoesNotHave()
    {
        var repository = fixture.Contract.NewRepository();
        using var http = new HttpClient { BaseAddress = fixture.Contract.ApiUrl };

        // The Git Data API reads one ref at git/ref/{ref}; the plural form is only for updates and deletions.
        var response = await http.GetAsync($"repos/{repository.Owner}/{repository.Name}/git/refs/heads/main");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NO_PATH_MATCHED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(repository.Requests);
    }

    [Fact]
    public async Task PrismPassesARequestThatKeepsTheContract()
    {
        var repository = fixture.Contract.NewRepository();
        using var http = new HttpClient { BaseAddress = fixture.Contract.ApiUrl };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("tests");

        var response = await http.GetAsync($"repos/{repository.Owner}/{repository.Name}/git/ref/heads%2Fmain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(repository.Branch("main"), System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("object").GetProperty("sha").GetString());
    }
}
