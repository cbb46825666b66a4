namespace MlPipeline.Registry.Tests;

public sealed class LifecycleRules
{
    [Theory]
    [InlineData(ModelState.Created, ModelState.Passed)]
    [InlineData(ModelState.Created, ModelState.Discarded)]
    [InlineData(ModelState.Passed, ModelState.Approved)]
    [InlineData(ModelState.Passed, ModelState.Archived)]
    [InlineData(ModelState.Approved, ModelState.Deployed)]
    [InlineData(ModelState.Approved, ModelState.Archived)]
    [InlineData(ModelState.Deployed, ModelState.Retired)]
    [InlineData(ModelState.Retired, ModelState.Deployed)]
    public void AnAllowedMoveIsOneStep(ModelState from, ModelState to) => Assert.Equal([to], Lifecycle.Steps(from, to));

    [Fact]
    public void DeployingAPassedVersionGoesThroughApproved() =>
        Assert.Equal([ModelState.Approved, ModelState.Deployed], Lifecycle.Steps(ModelState.Passed, ModelState.Deployed));

    [Theory]
    [InlineData(ModelState.Created, ModelState.Deployed, "A model version cannot move from Created to Deployed: from Created only Passed or Discarded is allowed.")]
    [InlineData(ModelState.Passed, ModelState.Retired, "A model version cannot move from Passed to Retired: from Passed only Approved or Archived is allowed (Deployed too, recorded as Passed → Approved → Deployed).")]
    [InlineData(ModelState.Deployed, ModelState.Deployed, "A model version cannot move from Deployed to Deployed: from Deployed only Retired is allowed.")]
    [InlineData(ModelState.Archived, ModelState.Approved, "A model version cannot move from Archived to Approved: Archived is final: nothing is allowed from it.")]
    [InlineData(ModelState.Retired, ModelState.Approved, "A model version cannot move from Retired to Approved: from Retired only Deployed is allowed.")]
    public void AnyOtherMoveIsRefusedNamingWhatIsAllowed(ModelState from, ModelState to, string message)
    {
        var error = Assert.Throws<RegistryException>(() => Lifecycle.Steps(from, to));

        Assert.Equal(RegistryError.IllegalTransition, error.Error);
        Assert.Equal(message, error.Message);
    }
}
