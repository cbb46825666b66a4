namespace MlPipeline.Build.Output;

/// <summary>GitHub Actions workflow commands (docs: "Workflow commands for GitHub Actions").</summary>
internal static class GitHubActionsCommands
{
    public static string Group(string title) => $"::group::{Escape(title)}";

    public const string EndGroup = "::endgroup::";

    public static string Error(string message, string? title = null)
        => title is null ? $"::error::{Escape(message)}" : $"::error title={EscapeProperty(title)}::{Escape(message)}";

    public static string Warning(string message) => $"::warning::{Escape(message)}";

    public static string AddMask(string value) => $"::add-mask::{Escape(value)}";

    private static string Escape(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) => Escape(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
