using MlPipeline.Data.Splits;

namespace MlPipeline.Data.Tests.Splits;

public sealed class Options
{
    [Theory]
    [InlineData(0.0, 0.5, 0.5, "The train fraction is 0; give training a share above 0")]
    [InlineData(1.0, 0.0, 0.0, "The train fraction is 1; it must be at least 0 and below 1.")]
    [InlineData(0.5, -0.1, 0.6, "The validation fraction is -0.1; it must be at least 0 and below 1.")]
    [InlineData(0.5, 0.5, double.NaN, "The benchmark fraction is NaN; it must be at least 0 and below 1.")]
    [InlineData(0.7, 0.3, 0.1, "The train, validation and benchmark fractions sum to 1.1 (0.7 + 0.3 + 0.1); they must sum to 1.")]
    [InlineData(0.6, 0.2, 0.1, "The train, validation and benchmark fractions sum to 0.9 (0.6 + 0.2 + 0.1); they must sum to 1.")]
    public void BadFractionsAreRefusedWithWhichAndWhatTheySumTo(double train, double validation, double benchmark, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new SplitOptions(train, validation, benchmark, SplitStrategy.Random, 1));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void FractionsThatSumToOneWithinRoundingAreAccepted()
    {
        // 0.1 + 0.2 + 0.7 is 0.9999999999999999 in doubles.
        var options = new SplitOptions(0.7, 0.2, 0.1, SplitStrategy.TimeOrdered, -5);

        Assert.Equal((0.7, 0.2, 0.1, SplitStrategy.TimeOrdered, -5),
            (options.TrainFraction, options.ValidationFraction, options.BenchmarkFraction, options.Strategy, options.Seed));
    }

    [Fact]
    public void ABenchmarkFractionOfZeroIsAllowed() => Assert.Equal(0, new SplitOptions(0.8, 0.2, 0, SplitStrategy.Random, 1).BenchmarkFraction);
}
