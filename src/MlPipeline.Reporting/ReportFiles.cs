using MlPipeline.Foundation.Files;
using MlPipeline.Reporting.Content;
using MlPipeline.Reporting.Html;
using MlPipeline.Reporting.Markdown;

namespace MlPipeline.Reporting;

/// <summary>Writes <c>report.md</c> and <c>report.html</c>, each whole or not at all.</summary>
public static class ReportFiles
{
    public const string MarkdownName = "report.md", HtmlName = "report.html";

    /// <summary>Renders both files into <paramref name="folder"/> (created when missing).</summary>
    /// <remarks>Both are rendered before either is written, so a failure leaves the previous pair as it was.</remarks>
    public static void Write(string folder, ReportContent content, VegaLibraries libraries)
    {
        var markdown = MarkdownReport.Render(content);
        var html = HtmlReport.Render(content, libraries);
        AtomicFile.Write(Path.Combine(folder, MarkdownName), markdown);
        AtomicFile.Write(Path.Combine(folder, HtmlName), html);
    }

    /// <summary>The Markdown report alone, e.g. for a pull-request comment of at most <paramref name="limit"/> characters.</summary>
    public static string Markdown(ReportContent content, int limit = MarkdownReport.GitHubCommentLimit) => MarkdownReport.Render(content, limit);
}
