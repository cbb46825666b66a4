namespace MlPipeline.Data.Validation;

/// <summary>Builds findings with the example lists capped, so a column with a million bad cells stays readable.</summary>
internal static class Findings
{
    public const int MaxExamples = 5;

    public static Finding Error(string? column, string check, string message, int count, IEnumerable<int>? lines = null, IEnumerable<string>? examples = null) =>
        Create(Severity.Error, column, check, message, count, lines, examples);

    public static Finding Warning(string? column, string check, string message, int count, IEnumerable<int>? lines = null, IEnumerable<string>? examples = null) =>
        Create(Severity.Warning, column, check, message, count, lines, examples);

    private static Finding Create(Severity severity, string? column, string check, string message, int count, IEnumerable<int>? lines, IEnumerable<string>? examples) =>
        new(severity, column, check, message, count, (lines ?? []).Take(MaxExamples).ToArray(), (examples ?? []).Take(MaxExamples).ToArray());
}
