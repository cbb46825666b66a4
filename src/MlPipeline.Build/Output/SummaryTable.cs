using System.Text;
using MlPipeline.Build.Execution;

namespace MlPipeline.Build.Output;

/// <summary>The end-of-build table, as console text and as Markdown for the GitHub step summary.</summary>
internal static class SummaryTable
{
    public static string Text(IReadOnlyList<TargetResult> results, TimeSpan total)
    {
        var nameWidth = Math.Max("Target".Length, results.Select(r => r.Name.Length).DefaultIfEmpty(0).Max()) + 3;
        var statusWidth = Math.Max("Status".Length, results.Select(r => r.StatusText.Length).DefaultIfEmpty(0).Max()) + 3;
        var width = nameWidth + statusWidth + 10;
        var text = new StringBuilder();
        text.AppendLine(new string('═', width));
        text.AppendLine(Row("Target", "Status", "Duration"));
        text.AppendLine(new string('─', width));
        foreach (var result in results)
        {
            text.AppendLine(Row(result.Name, result.StatusText, Duration(result)));
        }

        text.AppendLine(new string('─', width));
        text.AppendLine(Row("Total", string.Empty, DurationText.Format(total)));
        text.AppendLine(new string('═', width));
        return text.ToString();

        string Row(string name, string status, string duration) => $"{name.PadRight(nameWidth)}{status.PadRight(statusWidth)}{duration,10}".TrimEnd();
    }

    public static string Markdown(IReadOnlyList<TargetResult> results, TimeSpan total)
    {
        var text = new StringBuilder();
        text.AppendLine("| Target | Status | Duration |");
        text.AppendLine("|:--|:--|--:|");
        foreach (var result in results)
        {
            text.AppendLine($"| {result.Name} | {Emoji(result.Status)} {result.StatusText.Replace("|", "\\|", StringComparison.Ordinal)} | {Duration(result)} |");
        }

        text.AppendLine($"| **Total** | | {DurationText.Format(total)} |");
        return text.ToString();
    }

    private static string Duration(TargetResult result)
        => result.Status is TargetStatus.Succeeded or TargetStatus.Failed ? DurationText.Format(result.Duration) : "–";

    private static string Emoji(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => "✅",
        TargetStatus.UpToDate => "♻️",
        TargetStatus.Failed => "❌",
        _ => "⏭️",
    };
}
