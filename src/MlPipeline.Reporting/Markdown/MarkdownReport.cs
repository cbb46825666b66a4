using System.Text;
using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Markdown;

/// <summary>
/// <c>report.md</c>: the model, its metrics with intervals, the gate verdicts and the change against the baseline, and
/// charts as Mermaid blocks, sized to be a GitHub pull-request comment.
/// </summary>
internal static partial class MarkdownReport
{
    /// <summary>GitHub refuses a comment body longer than this.</summary>
    public const int GitHubCommentLimit = 65_536;

    /// <summary>Renders the report in at most <paramref name="limit"/> characters (UTF-16 code units, never more than GitHub counts) by dropping whole sections, and says which.</summary>
    public static string Render(ReportContent content, int limit = GitHubCommentLimit)
    {
        var sections = Sections(content).ToList();
        var cut = new List<string>();
        while (Length(sections, cut) > limit && sections.Any(s => s.CutOrder > 0))
        {
            var next = sections.Where(s => s.CutOrder > 0).MaxBy(s => s.CutOrder)!;
            sections.Remove(next);
            cut.Insert(0, next.Name);
        }

        return Join(sections, cut);
    }

    private static int Length(List<MarkdownSection> sections, List<string> cut) => Join(sections, cut).Length;

    private static string Join(List<MarkdownSection> sections, List<string> cut)
    {
        var text = new StringBuilder().AppendJoin("\n", sections.Select(s => s.Text));
        if (cut.Count > 0)
        {
            text.Append("\n> Cut to fit GitHub's ").Append(GitHubCommentLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))
                .Append("-character comment limit: ").AppendJoin(", ", cut).Append(". report.html has them all.\n");
        }

        return text.ToString();
    }

    private static IEnumerable<MarkdownSection> Sections(ReportContent content)
    {
        yield return new MarkdownSection("summary", Header(content), 0);
        yield return new MarkdownSection("gates", Gates(content), 0);
        yield return new MarkdownSection("metrics", Metrics(content), 0);
        if (Confusion(content) is { } confusion)
        {
            yield return new MarkdownSection("the confusion matrix", confusion, 1);
        }

        yield return new MarkdownSection("the metric history", History(content), 2);
        yield return new MarkdownSection("the tuning progress", Tuning(content), 3);
        yield return new MarkdownSection("the feature importance", Importance(content), 4);
        yield return new MarkdownSection("the drift table", Drift(content), 5);
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
