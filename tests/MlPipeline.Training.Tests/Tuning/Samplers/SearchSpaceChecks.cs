using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

public sealed class SearchSpaceChecks
{
    public static TheoryData<ParameterSpace[], string> BrokenSpaces => new()
    {
        { [], "has no parameters" },
        { [new UniformSpace("eta", 0.3, 0.01)], "'eta' has Low = 0.3 and High = 0.01: Low must be below High" },
        { [new UniformSpace("subsample", 1, 1)], "'subsample' has Low = 1 and High = 1" },
        { [new UniformSpace("x", double.NegativeInfinity, 1)], "both ends must be finite numbers" },
        { [new LogUniformSpace("lambda", 0, 10)], "'lambda' is log-uniform from 0: its Low must be positive" },
        { [new IntegerSpace("max_depth", 10, 2)], "'max_depth' has Low = 10 and High = 2" },
        { [new IntegerSpace("num_boost_round", 0, 500, Log: true)], "'num_boost_round' is a log integer range from 0: its Low must be at least 1" },
        { [new CategoricalSpace("booster", [])], "'booster' has no choices" },
        { [new CategoricalSpace("booster", ["gbtree", "gbtree"])], "'booster' lists the choice 'gbtree' twice" },
        { [new UniformSpace("eta", 0, 1), new LogUniformSpace("eta", 0.1, 1)], "'eta' appears twice" },
        { [new UniformSpace(" ", 0, 1)], "parameter 0 has no name" },
    };

    [Theory]
    [MemberData(nameof(BrokenSpaces))]
    public void ABrokenSpaceIsRefusedWithTheParameterNamed(ParameterSpace[] parameters, string message)
    {
        var error = Assert.Throws<ArgumentException>("space", () => SearchSpaceRules.Check(new SearchSpace(parameters)));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultXGBoostSpacePassesAndUsesXGBoostNames()
    {
        SearchSpaceRules.Check(XGBoostSearchSpace.Default);

        Assert.Equal(
            ["eta", "max_depth", "min_child_weight", "subsample", "colsample_bytree", "lambda", "alpha", "num_boost_round"],
            XGBoostSearchSpace.Default.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(new IntegerSpace("num_boost_round", 50, 500, Log: true), XGBoostSearchSpace.Default.Parameters[^1]);
        Assert.Equal(new LogUniformSpace("eta", 0.01, 0.3), XGBoostSearchSpace.Default.Parameters[0]);
    }

    [Fact]
    public void SamplersCheckTheSpaceTheyAreGiven()
    {
        var broken = new SearchSpace([new UniformSpace("eta", 0.3, 0.01)]);

        Assert.Throws<ArgumentException>("space", () => new RandomSampler(1).Sample(broken, 0, []));
        Assert.Throws<ArgumentException>("space", () => new TpeSampler(1).Sample(broken, 0, []));
        Assert.Throws<ArgumentException>("space", () => new GridSampler(broken, 3, 1));
    }
}
