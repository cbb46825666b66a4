using System.Globalization;
using System.Text;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Components.Training;

/// <summary>Metrics as a small aligned table for the console, with their bootstrap intervals when known.</summary>
internal static class MetricsTable
{
    public static string Render(IMetrics metrics, IReadOnlyDictionary<string, ConfidenceInterval>? intervals)
    {
        var text = new StringBuilder();
        var width = metrics.Values.Keys.Max(k => k.Length);
        foreach (var (name, value) in metrics.Values)
        {
            text.Append("  ").Append(name.PadRight(width)).Append("  ").Append(Format(value));
            if (intervals is not null && intervals.TryGetValue(name, out var interval))
            {
                text.Append("  (95% CI ").Append(Format(interval.Low)).Append(" – ").Append(Format(interval.High)).Append(')');
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
