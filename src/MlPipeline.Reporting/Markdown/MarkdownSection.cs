namespace MlPipeline.Reporting.Markdown;

/// <summary>A part of report.md; a cuttable one may be dropped to fit a comment, the highest <see cref="CutOrder"/> first.</summary>
/// <param name="CutOrder">0: never cut.</param>
internal sealed record MarkdownSection(string Name, string Text, int CutOrder);
