using MlPipeline.GitHub.Checks;

namespace MlPipeline.GitHub.Tests;

[Collection(GitHubCollection.Name)]
public sealed class CheckRuns(GitHubContractFixture fixture)
{
    private const string Sha = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

    [Fact]
    public async Task OneHundredTwentyAnnotationsTakeThreeRequestsOfAtMostFifty()
    {
        var repository = fixture.Contract.NewRepository();
        var annotations = Enumerable.Range(1, 120).Select(i => new CheckAnnotation("data/weather.csv", i, AnnotationLevel.Warning, $"row {i} drifted")).ToList();

        var result = await new CheckRunPublisher(fixture.Contract.Connect(repository)).PublishAsync(
            new CheckRunRequest("Regression gate", Sha, Passed: false, "1 of 3 gates failed", "| gate | state |", annotations), CancellationToken.None);

        Assert.Equal(3, result.Requests);
        Assert.Equal(
            [("POST", 50), ("PATCH", 50), ("PATCH", 20)],
            repository.Requests.Select(r => (r.Method, r.Body!["output"]!["annotations"]!.AsArray().Count)));
        var run = Assert.Single(repository.CheckRuns);
        Assert.Equal(("Regression gate", Sha, "failure", "1 of 3 gates failed"), (run.Name, run.HeadSha, run.Conclusion, run.Title));
        Assert.Equal(Enumerable.Range(1, 120), run.Annotations.Select(a => a["start_line"]!.GetValue<int>()));
        Assert.All(run.Annotations, a => Assert.Equal("warning", a["annotation_level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task APassingGateWithoutAnnotationsIsOneRequest()
    {
        var repository = fixture.Contract.NewRepository();

        var result = await new CheckRunPublisher(fixture.Contract.Connect(repository)).PublishAsync(
            new CheckRunRequest("Regression gate", Sha, Passed: true, "3 gates passed", "all good", []), CancellationToken.None);

        Assert.Equal(1, result.Requests);
        Assert.Equal("success", Assert.Single(repository.CheckRuns).Conclusion);
    }
}
