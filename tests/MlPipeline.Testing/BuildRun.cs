namespace MlPipeline.Testing;

/// <summary>What one in-process build returned and printed.</summary>
public sealed record BuildRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;

    /// <summary>The status column of the summary table for one target, e.g. "Skipped (--skip)".</summary>
    public string StatusOf(string target)
    {
        var row = Output.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(target + " ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No summary row for {target} in:\n{Output}");
        var rest = row[target.Length..].Trim();
        var status = System.Text.RegularExpressions.Regex.Replace(rest, @"\s+(\d+:\d\d\.\d|–)$", string.Empty);
        return status.Trim();
    }
}
