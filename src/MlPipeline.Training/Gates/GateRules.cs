using MlPipeline.Foundation.Naming;

namespace MlPipeline.Training.Gates;

/// <summary>
/// What makes a gate valid, as problem phrases, so the constructors and <see cref="GateParser"/> enforce the same rules
/// and each says it in its own terms.
/// </summary>
internal static class GateRules
{
    public const string BaselineKeyword = "no-worse-than-baseline";

    public static string Symbol(GateOperator op) => op == GateOperator.AtLeast ? ">=" : "<=";

    public static string? MetricProblem(string metric) => GateMetrics.IsKnown(metric)
        ? null
        : $"unknown metric '{metric}' (did you mean '{NameMatcher.Closest(metric, GateMetrics.All)}'?); known metrics: {string.Join(", ", GateMetrics.All)}";

    public static string? NumberProblem(double value, string what) =>
        double.IsFinite(value) ? null : $"the {what} is {GateNumbers.RoundTrip(value)}, but it must be a finite number";

    public static string? ToleranceProblem(double tolerance) =>
        NumberProblem(tolerance, "tolerance")
        ?? (tolerance < 0 ? $"the tolerance is {GateNumbers.RoundTrip(tolerance)}, but it must be 0 or more (how much worse than the baseline the candidate may be)" : null);

    public static void Require(string? problem, string type, string parameter)
    {
        if (problem is not null)
        {
            throw Invalid(type, problem, parameter);
        }
    }

    public static double Checked(double value, string? problem, string type, string parameter)
    {
        Require(problem, type, parameter);
        return value;
    }

    public static ArgumentException Invalid(string type, string problem, string parameter) => new($"Invalid {type}: {problem}.", parameter);
}
