using System.Globalization;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Trainers;

/// <summary>One parameter of a trainer: the single place its name, default, valid range and search range are written.</summary>
/// <param name="Name">The trainer's own (snake_case) name, used by search spaces, best.json, training.json and the registry.</param>
/// <param name="Option">The command-line option that sets it, e.g. <c>--max-depth</c>; null when only <c>--trainer-parameters</c> does.</param>
/// <param name="IsTunable">Whether Tune may set it (a build's own search space may include it even when <paramref name="Search"/> is null).</param>
/// <param name="Search">Its range in the trainer's default search space; null leaves it out.</param>
public sealed record TrainerParameter(
    string Name,
    string? Option,
    double Default,
    ValueRange Range,
    bool IsInteger,
    bool IsTunable,
    ParameterSpace? Search)
{
    /// <summary>A tunable parameter without a command-line option of its own, whole-numbered when its search range is.</summary>
    public static TrainerParameter Searched(string name, double defaultValue, ValueRange range, Func<string, ParameterSpace> search)
    {
        var space = search(name);
        return new TrainerParameter(name, null, defaultValue, range, space is IntegerSpace, IsTunable: true, space);
    }

    /// <summary>How messages name it: its option, else its name.</summary>
    public string Display => Option ?? Name;

    /// <summary>Why <paramref name="value"/> is not accepted, or null when it is.</summary>
    public string? Problem(double value) =>
        !Range.Contains(value) ? $"{Display} is {Text(value)} but must be {Range}"
        : IsInteger && value != Math.Round(value) ? $"{Display} is {Text(value)} but must be a whole number"
        : null;

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
