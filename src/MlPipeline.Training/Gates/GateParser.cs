using System.Globalization;

namespace MlPipeline.Training.Gates;

/// <summary>Reads gates as the command line writes them (<c>--gate "macro_f1&gt;=0.55"</c>).</summary>
public static class GateParser
{
    private const string AcceptedForms =
        "Accepted forms: 'metric>=number', 'metric<=number', 'metric:no-worse-than-baseline:number' (tolerance in the metric's units) " +
        "and 'metric:no-worse-than-baseline:number%' (tolerance as a percentage of the baseline's value), spaces allowed around the parts; " +
        "e.g. 'macro_f1>=0.55', 'log_loss<=0.6', 'macro_f1:no-worse-than-baseline:0.01'.";

    /// <summary>
    /// <c>metric&gt;=number</c> and <c>metric&lt;=number</c> give an <see cref="AbsoluteGate"/>;
    /// <c>metric:no-worse-than-baseline:number</c> a <see cref="BaselineGate"/> with an absolute tolerance, and
    /// <c>…:number%</c> one with a relative tolerance (2% = 0.02 of the baseline's value).
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The text is not one of those forms, names an unknown metric (the message suggests the closest), or has a bad number;
    /// the message quotes the text and lists the accepted forms.
    /// </exception>
    public static Gate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        if (parts.Length > 1)
        {
            return ParseBaseline(text, parts);
        }

        foreach (var op in (ReadOnlySpan<GateOperator>)[GateOperator.AtLeast, GateOperator.AtMost])
        {
            var at = text.IndexOf(GateRules.Symbol(op), StringComparison.Ordinal);
            if (at >= 0)
            {
                var metric = Metric(text, text[..at]);
                var threshold = Number(text, text[(at + 2)..], "threshold");
                return new AbsoluteGate(metric, op, threshold);
            }
        }

        throw Invalid(text, text.IndexOfAny(['>', '<', '=']) >= 0
            ? "the operator must be >= or <= (> , < and = are not gates)"
            : "no operator (>= or <=) and no ':no-worse-than-baseline:'");
    }

    private static BaselineGate ParseBaseline(string text, string[] parts)
    {
        if (parts.Length != 3 || !string.Equals(parts[1].Trim(), GateRules.BaselineKeyword, StringComparison.Ordinal))
        {
            throw Invalid(text, "a gate with ':' must read 'metric:no-worse-than-baseline:tolerance'");
        }

        var metric = Metric(text, parts[0]);
        var tolerance = parts[2].Trim();
        var relative = tolerance.EndsWith('%');
        var value = Number(text, relative ? tolerance[..^1] : tolerance, "tolerance");
        var fraction = relative ? value / 100 : value;
        Check(text, GateRules.ToleranceProblem(fraction));
        return new BaselineGate(metric, fraction, relative ? ToleranceKind.Relative : ToleranceKind.Absolute);
    }

    private static string Metric(string text, string part)
    {
        var metric = part.Trim();
        Check(text, metric.Length == 0 ? "no metric name before the operator" : GateRules.MetricProblem(metric));
        return metric;
    }

    private static double Number(string text, string part, string what)
    {
        var number = part.Trim();
        if (number.Length == 0)
        {
            throw Invalid(text, $"no {what} after the metric");
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Invalid(text, $"the {what} '{number}' is not a number (write it like 0.55 or 1e-3, with a '.' for decimals)");
        }

        Check(text, GateRules.NumberProblem(value, what));
        return value;
    }

    private static void Check(string text, string? problem)
    {
        if (problem is not null)
        {
            throw Invalid(text, problem);
        }
    }

    private static ArgumentException Invalid(string text, string problem) =>
        new($"Invalid gate '{text}': {problem}. {AcceptedForms}", nameof(text));
}
