namespace MlPipeline.Training.Tuning;

/// <summary>A sampled value: a number for uniform, log-uniform and integer spaces, a choice for categorical ones.</summary>
public readonly record struct TrialValue(double Number, string? Choice)
{
    public static TrialValue Of(double number) => new(number, null);

    public static TrialValue Of(string choice) => new(double.NaN, choice);

    public int Integer => checked((int)Math.Round(Number));
}
