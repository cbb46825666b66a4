using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Boosting;

public sealed class ParameterTableChecks
{
    [Fact]
    public void TheTableHoldsEveryMemberOfTheParametersRecordOnce()
    {
        var members = typeof(XGBoostParameters).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Select(p => p.Name);

        Assert.Equal(members, XGBoostParameterTable.All.Select(p => p.Member));
        Assert.Equal(XGBoostParameterTable.All.Count, XGBoostParameterTable.All.Select(p => p.Spec.Name).Distinct().Count());
    }

    [Fact]
    public void DefaultsAndOptionsComeFromTheRecordAndItsMemberNames()
    {
        var maxDepth = XGBoostParameterTable.Find("max_depth")!.Spec;
        var colsample = XGBoostParameterTable.Find("colsample_bytree")!.Spec;

        Assert.Equal((6.0, "--max-depth", true), (maxDepth.Default, maxDepth.Option, maxDepth.IsInteger));
        Assert.Equal((1.0, "--colsample-bytree", false), (colsample.Default, colsample.Option, colsample.IsInteger));
        Assert.Equal("in (0, 1]", colsample.Range.ToString());
    }

    [Fact]
    public void EachRowReadsAndWritesItsOwnMember()
    {
        foreach (var row in XGBoostParameterTable.All)
        {
            var changed = row.Set(XGBoostParameters.Defaults, row.Spec.Default + 2);

            Assert.Equal(row.Spec.Default + 2, row.Get(changed));
            Assert.Equal(XGBoostParameterTable.All.Count - 1, XGBoostParameterTable.All.Count(other => other.Get(changed) == other.Get(XGBoostParameters.Defaults)));
        }
    }

    [Fact]
    public void GammaIsTunableButOutsideTheDefaultSearchSpaceAndRunSettingsAreNeither()
    {
        Assert.Contains("gamma", XGBoostParameters.TunableNames);
        Assert.DoesNotContain("gamma", XGBoostSearchSpace.Default.Parameters.Select(p => p.Name));
        Assert.DoesNotContain("seed", XGBoostParameters.TunableNames);
        Assert.DoesNotContain("nthread", XGBoostParameters.TunableNames);
        Assert.Equal(new IntegerSpace("max_depth", 2, 10), XGBoostSearchSpace.Default.Parameters[1]);
    }

    [Fact]
    public void TheBoosterGetsTheTableValuesButNotTheTrainingLoopsSettings()
    {
        var parameters = new XGBoostParameters(Eta: 0.05, MaxDepth: 4, Seed: 7, Nthread: 3).ToBoosterParameters(TaskKind.Regression, 0);

        Assert.Equal(
            ["objective=reg:squarederror", "eval_metric=rmse", "tree_method=hist", "eta=0.05", "max_depth=4", "min_child_weight=1", "subsample=1",
             "colsample_bytree=1", "lambda=1", "alpha=0", "gamma=0", "seed=7", "nthread=3", "verbosity=0"],
            parameters.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public void EveryOutOfRangeValueIsNamedByItsOptionWithItsRange()
    {
        var error = Assert.Throws<TrainingException>(() => new XGBoostParameters(Subsample: 1.5, Lambda: double.NaN, EarlyStoppingRounds: -1, Nthread: 0).Validate());

        Assert.Equal(
            "Invalid training parameters: --subsample is 1.5 but must be in (0, 1]; --lambda is NaN but must be >= 0; "
            + "--early-stopping-rounds is -1 but must be >= 0 (0 turns early stopping off); --nthread is 0 but must be >= 1.",
            error.Message);
    }
}
