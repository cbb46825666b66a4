using System.Text.Json;

namespace MlPipeline.Components.Tests;

/// <summary>The nightly proposes a version by rewriting the baseline without deploying it; the release deploys what the merged baseline names.</summary>
public sealed class PromotionByBaseline : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task AProposalRewritesTheBaselineButDeploysNothingAndTheReleaseDeploysExactlyThatVersion()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");

        var proposed = await _pipeline.RunAsync("ProposePromotion", "--max-depth", "3");
        var listedBefore = await _pipeline.RunAsync("Models");
        var released = await _pipeline.RunAsync("Train", "Promote", "--from-baseline", "--max-depth", "3");
        var listedAfter = await _pipeline.RunAsync("Models");

        Assert.Equal(0, proposed.ExitCode);
        Assert.Equal(2, Baseline().GetProperty("model_version").GetInt32());
        Assert.Matches(@"1\s+Deployed", listedBefore.Output);
        Assert.Matches(@"2\s+Passed", listedBefore.Output);
        Assert.Equal(0, released.ExitCode);
        Assert.Matches(@"1\s+Retired", listedAfter.Output);
        Assert.Matches(@"2\s+Deployed", listedAfter.Output);
    }

    [Fact]
    public async Task TheReleaseRefusesAModelTrainedHereThatIsNotTheApprovedOne()
    {
        await _pipeline.RunAsync("ProposePromotion", "--max-depth", "3");

        var released = await _pipeline.RunAsync("Train", "Promote", "--from-baseline", "--max-depth", "4");
        var listed = await _pipeline.RunAsync("Models");

        Assert.Equal(1, released.ExitCode);
        Assert.Contains("is not the approved version 1", released.All);
        Assert.Contains("Nothing was deployed", released.All);
        Assert.Matches(@"1\s+Passed", listed.Output);
    }

    [Fact]
    public async Task ADiscardedVersionIsNotProposedAndTheBaselineStaysAsItWas()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");
        var before = File.ReadAllBytes(_pipeline.Root / "models" / "baseline.json");

        var proposed = await _pipeline.RunAsync("ProposePromotion", "--gate", "accuracy>=0.999");

        Assert.Equal(1, proposed.ExitCode);
        Assert.Equal("Failed", proposed.StatusOf("RegressionTest"));
        Assert.NotEqual("Succeeded", proposed.StatusOf("ProposePromotion"));
        Assert.Equal(before, File.ReadAllBytes(_pipeline.Root / "models" / "baseline.json"));
    }

    [Fact]
    public async Task FromBaselineWithoutABaselineSaysHowToMakeOne()
    {
        await _pipeline.RunAsync("Register");

        var released = await _pipeline.RunAsync("Promote", "--from-baseline");

        Assert.Equal(1, released.ExitCode);
        Assert.Contains("--from-baseline deploys the version models/baseline.json names, but there is none", released.All);
    }

    private JsonElement Baseline() => JsonDocument.Parse(File.ReadAllBytes(_pipeline.Root / "models" / "baseline.json")).RootElement;
}
