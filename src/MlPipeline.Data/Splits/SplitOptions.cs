using static System.FormattableString;

namespace MlPipeline.Data.Splits;

/// <summary>The share of the labelled rows each split gets, the strategy, and the seed of the shuffle.</summary>
/// <remarks>
/// The fractions are validated when the options are created and cannot be changed with <c>with</c>, so an instance is
/// always valid. Messages name them "train fraction", "validation fraction" and "benchmark fraction".
/// </remarks>
/// <exception cref="ArgumentException">A fraction is outside [0, 1), the train fraction is 0, or the three do not sum to 1 within 1e-9.</exception>
public sealed record SplitOptions(double TrainFraction, double ValidationFraction, double BenchmarkFraction, SplitStrategy Strategy, int Seed)
{
    private const double SumTolerance = 1e-9;

    public double TrainFraction { get; } = Fraction(TrainFraction, "train", nameof(TrainFraction), mayBeZero: false);

    public double ValidationFraction { get; } = Fraction(ValidationFraction, "validation", nameof(ValidationFraction), mayBeZero: true);

    // Declared last so both other fractions are already checked when the sum is.
    public double BenchmarkFraction { get; } =
        Sum(TrainFraction, ValidationFraction, Fraction(BenchmarkFraction, "benchmark", nameof(BenchmarkFraction), mayBeZero: true));

    private static double Fraction(double value, string name, string parameter, bool mayBeZero)
    {
        if (!(value >= 0 && value < 1))
            throw new ArgumentException(Invariant($"The {name} fraction is {value}; it must be at least 0 and below 1."), parameter);
        if (value == 0 && !mayBeZero)
            throw new ArgumentException($"The {name} fraction is 0; give training a share above 0, for example 0.7.", parameter);
        return value;
    }

    private static double Sum(double train, double validation, double benchmark)
    {
        var sum = train + validation + benchmark;
        if (Math.Abs(sum - 1) > SumTolerance)
            throw new ArgumentException(
                Invariant($"The train, validation and benchmark fractions sum to {sum} ({train} + {validation} + {benchmark}); they must sum to 1."),
                nameof(BenchmarkFraction));
        return benchmark;
    }
}
