using MlPipeline.Foundation.Naming;

namespace MlPipeline.Foundation.Tests.Naming;

public sealed class Suggestions
{
    [Theory]
    [InlineData("--max-rounds", "MaxRounds")]
    [InlineData("MAX_ROUNDS", "max-rounds")]
    [InlineData("validate-data", "ValidateData")]
    public void NamesMatchRegardlessOfCaseAndPunctuation(string input, string name) => Assert.True(NameMatcher.Matches(name, input));

    [Fact]
    public void ANameThatContainsTheInputComesFirstEvenWhenAnotherIsFewerEditsAway()
    {
        // "mae" is 3 edits from "auc"; the other two contain it.
        Assert.Equal(["roc_auc", "pr_auc"], NameMatcher.Suggest("auc", ["mae", "roc_auc", "pr_auc"]));
        Assert.Equal("roc_auc", NameMatcher.Closest("auc", ["accuracy", "mae", "roc_auc", "pr_auc"]));
    }

    [Fact]
    public void EqualCandidatesKeepTheirOrderAndAtMostThreeAreSuggested()
    {
        Assert.Equal(["Train", "TrainAll", "Trainer"], NameMatcher.Suggest("Train", ["Train", "TrainAll", "Trainer", "Trainee"]));
    }

    [Fact]
    public void NothingIsSuggestedWhenNoCandidateIsPlausiblyMeant()
    {
        Assert.Equal(" Did you mean 'Train'?", NameMatcher.DidYouMean("Trian", ["Train", "Publish"]));
        Assert.Equal(string.Empty, NameMatcher.DidYouMean("xyz", ["rmse", "mae"]));
        // A message that lists every name anyway still points at the nearest one.
        Assert.Equal("mae", NameMatcher.Closest("xyz", ["rmse", "mae"]));
    }

    [Fact]
    public void TheSuggestionsCanBeSpelledTheWayTheUserTypesThem()
    {
        Assert.Equal(" Did you mean '--rounds'?", NameMatcher.DidYouMean("--round", ["Rounds", "Seed"], name => $"--{name.ToLowerInvariant()}"));
    }
}
