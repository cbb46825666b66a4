using MlPipeline.Training.Boosting;

namespace MlPipeline.Training.Tests.Boosting;

public sealed class TunableParameters
{
    [Fact]
    public void EveryTunableNameSetsItsParameterAndWholeNumbersAreRounded()
    {
        var tuned = XGBoostParameters.TunableNames.Aggregate(new XGBoostParameters(), (p, name) => p.With(name, 0.75 + XGBoostParameters.TunableNames.ToList().IndexOf(name)));

        Assert.Equal(new XGBoostParameters(Eta: 0.75, MaxDepth: 2, MinChildWeight: 2.75, Subsample: 3.75, ColsampleBytree: 4.75, Lambda: 5.75, Alpha: 6.75, Gamma: 7.75, NumBoostRound: 9), tuned);
    }

    [Fact]
    public void AnUnknownNameListsTheTunableOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => new XGBoostParameters().With("learning_rate", 0.1));

        Assert.Contains("\"learning_rate\" is not a tunable XGBoost parameter; use one of eta, max_depth", error.Message);
    }
}
