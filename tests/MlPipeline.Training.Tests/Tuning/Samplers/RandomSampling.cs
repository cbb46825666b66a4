using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

public sealed class RandomSampling
{
    private static readonly SearchSpace Space = SamplerSpaces.EveryKind;

    [Fact]
    public void TheSameSeedGivesTheSameTrialsAndAnotherSeedOthers()
    {
        var first = Draw(new RandomSampler(7), 20);
        var again = Draw(new RandomSampler(7), 20);
        var other = Draw(new RandomSampler(8), 20);

        Assert.Equal(first.Select(Text), again.Select(Text));
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First["x"], pair.Second["x"]));
    }

    [Fact]
    public void ATrialsValuesDependOnlyOnItsNumberNotOnCallOrderOrHistory()
    {
        var sampler = new RandomSampler(3);
        var inOrder = Draw(sampler, 10);

        var backwards = Enumerable.Range(0, 10).Reverse().Select(n => sampler.Sample(Space, n, [])).Reverse();
        var withHistory = sampler.Sample(Space, 4, [SamplerHistory.Completed(0, inOrder[0], 1.0)]);

        Assert.Equal(inOrder.Select(Text), backwards.Select(Text));
        Assert.Equal(Text(inOrder[4]), Text(withHistory));
    }

    [Fact]
    public void EveryValueIsInItsRangeAndOfItsKind()
    {
        Assert.All(Draw(new RandomSampler(11), 2_000), values => SamplerSpaces.AssertBelongs(Space, values));
    }

    [Fact]
    public void IntegersReachBothEndsEvenlyAndChoicesAreEven()
    {
        var draws = Draw(new RandomSampler(5), 9_000);

        var depths = draws.GroupBy(values => values["depth"].Integer).ToDictionary(group => group.Key, group => group.Count());
        var kinds = draws.GroupBy(values => values["kind"].Choice!).ToDictionary(group => group.Key, group => group.Count());

        // 1,000 expected per depth (sd ≈ 30) and 2,250 per kind (sd ≈ 41): ±150 and ±200 are about 5 sigma.
        Assert.Equal(Enumerable.Range(2, 9), depths.Keys.Order());
        Assert.All(depths.Values, count => Assert.InRange(count, 850, 1_150));
        Assert.All(kinds.Values, count => Assert.InRange(count, 2_050, 2_450));
    }

    [Fact]
    public void LogRangesAreEvenInTheirLogarithm()
    {
        var draws = Draw(new RandomSampler(6), 4_000);

        // [1e-3, 10] spans four decades: a quarter of the draws fall in each (1,000 expected, sd ≈ 27).
        var decades = draws.GroupBy(values => (int)Math.Floor(Math.Log10(values["scale"].Number))).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal([-3, -2, -1, 0], decades.Keys.Order());
        Assert.All(decades.Values, count => Assert.InRange(count, 870, 1_130));
    }

    [Fact]
    public void TheFirstDrawsOfSeedOneArePinned()
    {
        // A python transcription of SplitMix64.At(1, 0) seeding xoshiro256** and the draws below gives the same values.
        var first = new RandomSampler(1).Sample(Space, 0, []);

        Assert.Equal("x=4.2996978156, scale=2.2756599131, depth=3, rounds=201, kind=d", Text(first));
    }

    private static List<IReadOnlyDictionary<string, TrialValue>> Draw(ISampler sampler, int trials) =>
        [.. Enumerable.Range(0, trials).Select(n => sampler.Sample(Space, n, []))];

    internal static string Text(IReadOnlyDictionary<string, TrialValue> values) =>
        string.Join(", ", Space.Parameters.Select(p => $"{p.Name}={values[p.Name].Choice ?? values[p.Name].Number.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture)}"));
}
