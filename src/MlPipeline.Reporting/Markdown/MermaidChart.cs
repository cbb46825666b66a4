using System.Globalization;
using System.Text;

namespace MlPipeline.Reporting.Markdown;

/// <summary>A Mermaid <c>xychart-beta</c> block, which GitHub renders in comments and Markdown files.</summary>
internal static class MermaidChart
{
    public static string Line(string title, IReadOnlyList<string> xLabels, string yTitle, IReadOnlyList<double> values) =>
        Chart(title, xLabels, yTitle, values, "line");

    public static string Bar(string title, IReadOnlyList<string> xLabels, string yTitle, IReadOnlyList<double> values) =>
        Chart(title, xLabels, yTitle, values, "bar");

    private static string Chart(string title, IReadOnlyList<string> xLabels, string yTitle, IReadOnlyList<double> values, string kind)
    {
        var (low, high) = Range(values, kind == "bar");
        return new StringBuilder("```mermaid\nxychart-beta\n")
            .Append("    title ").Append(Quote(title)).Append('\n')
            .Append("    x-axis [").AppendJoin(", ", xLabels.Select(Quote)).Append("]\n")
            .Append("    y-axis ").Append(Quote(yTitle)).Append(' ').Append(Number(low)).Append(" --> ").Append(Number(high)).Append('\n')
            .Append("    ").Append(kind).Append(" [").AppendJoin(", ", values.Select(Number)).Append("]\n```\n")
            .ToString();
    }

    // Lines get a little room around the values, so a flat history is still readable; bars start at zero.
    private static (double Low, double High) Range(IReadOnlyList<double> values, bool fromZero)
    {
        var low = values.Min();
        var high = values.Max();
        var margin = Math.Max((high - low) * 0.1, Math.Max(Math.Abs(high), 1e-6) * 0.01);
        return fromZero ? (Math.Min(0, low), high + margin) : (low - margin, high + margin);
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    // Mermaid strings cannot hold a double quote; labels keep their words.
    private static string Quote(string text) => "\"" + text.Replace('"', '\'') + "\"";
}
