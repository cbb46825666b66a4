using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    [Fact]
    public void EveryTransitionIsRecordedWithTimeActorAndReason()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model());
        var approvedAt = Clock.Advance(TimeSpan.FromHours(1));
        registry.Transition("churn", 1, ModelState.Approved, "bob", "reviewed the report");
        var deployedAt = Clock.Advance(TimeSpan.FromHours(1));
        registry.Promote("churn", 1, "github:nightly#42", "nightly promotion");
        var retiredAt = Clock.Advance(TimeSpan.FromHours(1));
        var retired = registry.Transition("churn", 1, ModelState.Retired, "carol", "customer churn model sunset");

        Assert.Equal(ModelState.Retired, retired.State);
        Assert.Equal(ModelState.Retired, registry.Get("churn", 1)!.State);
        Assert.Equal(
            [
                new StateTransition("churn", 1, null, ModelState.Created, ManualTimeProvider.Start, "alice", "registered"),
                new StateTransition("churn", 1, ModelState.Created, ModelState.Passed, ManualTimeProvider.Start, "alice", "passed the benchmark gate"),
                new StateTransition("churn", 1, ModelState.Passed, ModelState.Approved, approvedAt, "bob", "reviewed the report"),
                new StateTransition("churn", 1, ModelState.Approved, ModelState.Deployed, deployedAt, "github:nightly#42", "nightly promotion"),
                new StateTransition("churn", 1, ModelState.Deployed, ModelState.Retired, retiredAt, "carol", "customer churn model sunset"),
            ],
            registry.History("churn", 1));
    }

    [Fact]
    public void PromotingAPassedVersionRecordsTheApprovalItImplies()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model());

        var deployed = registry.Promote("churn", 1, "bob", "ship it");

        Assert.Equal(ModelState.Deployed, deployed.State);
        Assert.Equal(
            [(ModelState.Passed, ModelState.Approved, "ship it"), (ModelState.Approved, ModelState.Deployed, "ship it")],
            registry.History("churn", 1).Skip(2).Select(step => (step.From!.Value, step.To, step.Reason)));
    }

    [Fact]
    public void IllegalTransitionsAreRefusedAndChangeNothing()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model(verdict: ModelState.Discarded));

        var deploy = Assert.Throws<RegistryException>(() => registry.Promote("churn", 1, "bob", "try anyway"));
        var approve = Assert.Throws<RegistryException>(() => registry.Transition("churn", 1, ModelState.Approved, "bob", "try anyway"));

        Assert.Equal(RegistryError.IllegalTransition, deploy.Error);
        Assert.Equal("A model version cannot move from Discarded to Deployed: Discarded is final: nothing is allowed from it.", deploy.Message);
        Assert.Equal("A model version cannot move from Discarded to Approved: Discarded is final: nothing is allowed from it.", approve.Message);
        Assert.Equal(ModelState.Discarded, registry.Get("churn", 1)!.State);
        Assert.Equal(2, registry.History("churn", 1).Count);
    }

    [Fact]
    public void ATransitionOfAMissingVersionSaysWhichVersionsExist()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model("churn", "a"));
        registry.Register(Samples.Model("churn", "b"));

        var error = Assert.Throws<RegistryException>(() => registry.Transition("churn", 7, ModelState.Approved, "bob", "typo"));

        Assert.Equal(RegistryError.NotFound, error.Error);
        Assert.StartsWith("Version 7 of 'churn' is not in the registry ", error.Message);
        Assert.EndsWith(": 'churn' has versions 1 to 2.", error.Message);
    }

    [Fact]
    public void PromoteRetiresThePreviouslyDeployedVersion()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model("churn", "a"));
        registry.Register(Samples.Model("churn", "b"));
        registry.Promote("churn", 1, "bob", "first release");

        // Transition to Deployed is a promotion, so it retires the deployed version too.
        registry.Transition("churn", 2, ModelState.Deployed, "bob", "better AUC");

        Assert.Equal(2, registry.Deployed("churn")!.Version);
        Assert.Equal([ModelState.Retired, ModelState.Deployed], registry.List("churn").Select(version => version.State));
        var retirement = registry.History("churn", 1)[^1];
        Assert.Equal((ModelState.Deployed, ModelState.Retired, "bob", "replaced by version 2: better AUC"), (retirement.From!.Value, retirement.To, retirement.Actor, retirement.Reason));
    }

    [Fact]
    public void RollbackRestoresThePreviouslyDeployedVersionOneStepAtATime()
    {
        using var registry = NewRegistry();
        PromoteThreeVersionsInTurn(registry);

        var first = registry.Rollback("churn", "carol", "latency regression");
        var second = registry.Rollback("churn", "carol", "still bad");
        var third = Assert.Throws<RegistryException>(() => registry.Rollback("churn", "carol", "again"));

        Assert.Equal((2, ModelState.Deployed), (first.Version, first.State));
        Assert.Equal((1, ModelState.Deployed), (second.Version, second.State));
        Assert.Equal([ModelState.Deployed, ModelState.Retired, ModelState.Retired], registry.List("churn").Select(version => version.State));
        Assert.Equal(RegistryError.NotFound, third.Error);
        Assert.Equal("Version 1 of 'churn' replaced no deployed version, so there is none to roll back to; promote the version you want instead.", third.Message);
        Assert.Equal("rolled back to version 2: latency regression", registry.History("churn", 3)[^1].Reason);
    }

    [Fact]
    public void RollbackTargetNamesTheVersionARollbackDeploysAndChangesNothing()
    {
        using var registry = NewRegistry();
        PromoteThreeVersionsInTurn(registry);

        var target = registry.RollbackTarget("churn");

        Assert.Equal((2, ModelState.Retired), (target.Version, target.State));
        Assert.Equal([ModelState.Retired, ModelState.Retired, ModelState.Deployed], registry.List("churn").Select(version => version.State));
        Assert.Equal(2, registry.Rollback("churn", "carol", "regression", expectedVersion: 2).Version);
        Assert.Equal(1, registry.RollbackTarget("churn").Version);
    }

    [Fact]
    public void ARollbackThatWouldDeployAnotherVersionThanExpectedChangesNothing()
    {
        using var registry = NewRegistry();
        PromoteThreeVersionsInTurn(registry);

        var error = Assert.Throws<RegistryException>(() => registry.Rollback("churn", "carol", "regression", expectedVersion: 1));

        Assert.Equal(RegistryError.IllegalTransition, error.Error);
        Assert.Equal(
            "A rollback of 'churn' now deploys version 2 (the one version 3 replaced), not version 1: " +
            "the deployed version changed meanwhile, and nothing was rolled back. Look at the versions again and retry.",
            error.Message);
        Assert.Equal([ModelState.Retired, ModelState.Retired, ModelState.Deployed], registry.List("churn").Select(version => version.State));
    }

    [Fact]
    public void RollbackWithNothingDeployedIsAClearError()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model());

        var error = Assert.Throws<RegistryException>(() => registry.Rollback("churn", "carol", "panic"));

        Assert.Equal(RegistryError.NotFound, error.Error);
        Assert.StartsWith("No version of 'churn' is deployed in the registry ", error.Message);
        Assert.Null(registry.Deployed("churn"));
    }

    [Fact]
    public void DeployedAtAnswersFromTheAuditTrail()
    {
        using var registry = NewRegistry();
        registry.Register(Samples.Model("churn", "a"));
        registry.Register(Samples.Model("churn", "b"));
        var firstDeployed = Clock.Advance(TimeSpan.FromDays(1));
        registry.Promote("churn", 1, "bob", "release 1");
        var secondDeployed = Clock.Advance(TimeSpan.FromDays(1));
        registry.Promote("churn", 2, "bob", "release 2");
        var rolledBack = Clock.Advance(TimeSpan.FromDays(1));
        registry.Rollback("churn", "carol", "regression");
        var retired = Clock.Advance(TimeSpan.FromDays(1));
        registry.Transition("churn", 1, ModelState.Retired, "carol", "decommissioned");

        int? At(DateTimeOffset time) => registry.DeployedAt("churn", time)?.Version;

        Assert.Null(At(firstDeployed.AddTicks(-1)));
        Assert.Equal(1, At(firstDeployed));
        Assert.Equal(1, At(secondDeployed.AddHours(-1)));
        Assert.Equal(2, At(secondDeployed));
        Assert.Equal(2, At(rolledBack.AddHours(-1)));
        Assert.Equal(1, At(rolledBack.AddHours(1)));
        Assert.Null(At(retired));
        Assert.Null(At(retired.AddYears(1)));
        Assert.Null(registry.DeployedAt("fraud", retired));
    }

    private static void PromoteThreeVersionsInTurn(IModelRegistry registry)
    {
        for (var version = 1; version <= 3; version++)
        {
            registry.Register(Samples.Model("churn", $"model {version}"));
            registry.Promote("churn", version, "bob", $"release {version}");
        }
    }
}
