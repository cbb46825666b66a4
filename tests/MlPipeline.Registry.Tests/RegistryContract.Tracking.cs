using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

public abstract partial class RegistryContract
{
    [Fact]
    public void ARecordedRunComesBackWithEveryField()
    {
        using var registry = NewRegistry();
        var run = Samples.Run();

        var stored = registry.GetRun(registry.RecordRun(run))!;

        Assert.Equal("train", stored.Run.Kind);
        Assert.Equal("churn", stored.Run.ModelName);
        Assert.Equal(run.Parameters, stored.Run.Parameters);
        Assert.Equal(0.9, stored.Run.Metrics["auc"]);
        Assert.True(double.IsNaN(stored.Run.Metrics["train_loss"]));
        Assert.Equal("data-5d41402abc4b2a76", stored.Run.DataHash);
        Assert.Equal(Samples.Commit, stored.Run.GitCommit);
        Assert.True(stored.Run.GitDirty);
        Assert.Equal(run.Started, stored.Run.Started);
        Assert.Equal(run.Ended, stored.Run.Ended);
        Assert.Equal(TimeSpan.FromSeconds(150), stored.Run.Duration);
        Assert.Equal(run.Machine, stored.Run.Machine);
        Assert.Equal(run.Libraries, stored.Run.Libraries);
        Assert.Equal(run.Artifacts, stored.Run.Artifacts);
    }

    [Fact]
    public void EachRunGetsItsOwnId()
    {
        using var registry = NewRegistry();

        var train = registry.RecordRun(Samples.Run(RunKinds.Train));
        var trial = registry.RecordRun(Samples.Run(RunKinds.TuneTrial));
        var evaluation = registry.RecordRun(Samples.Run(RunKinds.Evaluate));

        Assert.Equal(3, new[] { train, trial, evaluation }.Distinct().Count());
        Assert.Equal(RunKinds.TuneTrial, registry.GetRun(trial)!.Run.Kind);
        Assert.Equal(RunKinds.Evaluate, registry.GetRun(evaluation)!.Run.Kind);
    }

    [Fact]
    public void AnUnknownRunIsNull()
    {
        using var registry = NewRegistry();

        Assert.Null(registry.GetRun(12345));
    }

    [Fact]
    public void ARunOfAnUnknownKindIsRefused()
    {
        using var registry = NewRegistry();

        var error = Assert.Throws<RegistryException>(() => registry.RecordRun(Samples.Run("predict")));

        Assert.Equal(RegistryError.InvalidInput, error.Error);
        Assert.Equal("'predict' is not a run kind; use one of: train, tune-trial, evaluate.", error.Message);
    }
}
