using System.Globalization;

namespace MlPipeline.Training.Boosting;

/// <summary>Reads XGBoost's evaluation line <c>[3]\ttrain-mlogloss:0.51\tvalidation-mlogloss:0.62</c>.</summary>
internal static class EvaluationLine
{
    /// <returns>The value of <c>&lt;set&gt;-&lt;metric&gt;</c>; NaN and infinities as XGBoost printed them.</returns>
    public static double ValueOf(string line, string set, string metric)
    {
        var key = $"{set}-{metric}:";
        foreach (var part in line.Split('\t'))
        {
            if (part.StartsWith(key, StringComparison.Ordinal))
            {
                var text = part[key.Length..].Trim();
                return text.ToLowerInvariant() switch
                {
                    "nan" or "-nan" => double.NaN,
                    "inf" => double.PositiveInfinity,
                    "-inf" => double.NegativeInfinity,
                    _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                };
            }
        }

        throw new FormatException($"XGBoost's evaluation output \"{line}\" has no {key} value.");
    }
}
