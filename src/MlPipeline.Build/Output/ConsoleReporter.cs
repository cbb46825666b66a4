using MlPipeline.Build.Cli;
using MlPipeline.Build.Execution;

namespace MlPipeline.Build.Output;

internal sealed class ConsoleReporter(TextWriter output, TextWriter error, Verbosity verbosity) : IBuildReporter
{
    private const int RuleWidth = 60;

    public void TargetStarting(string name)
    {
        if (verbosity >= Verbosity.Normal)
        {
            output.WriteLine();
            var title = $"═══ {name} ";
            output.WriteLine(title.PadRight(Math.Max(RuleWidth, title.Length + 3), '═'));
        }
    }

    public void TargetFinished(TargetResult result)
    {
        if (result.Status == TargetStatus.Failed)
        {
            error.WriteLine($"Target {result.Name} failed after {DurationText.Format(result.Duration)}: {result.Reason}");
            if (result.Exception is not null && verbosity >= Verbosity.Verbose)
            {
                error.WriteLine(result.Exception.ToString());
            }
        }
        else if (result.Status == TargetStatus.Succeeded && verbosity >= Verbosity.Normal)
        {
            output.WriteLine($"{result.Name} succeeded in {DurationText.Format(result.Duration)}");
        }
        else if (result.Status is TargetStatus.UpToDate or TargetStatus.Skipped && verbosity >= Verbosity.Normal)
        {
            output.WriteLine($"{result.Name}: {result.StatusText}");
        }
    }

    public void BuildFinished(IReadOnlyList<TargetResult> results, TimeSpan duration, bool succeeded)
    {
        if (verbosity >= Verbosity.Minimal)
        {
            output.WriteLine();
            output.Write(SummaryTable.Text(results, duration));
            output.WriteLine(succeeded ? "Build succeeded." : "Build failed.");
        }

        if (!succeeded && verbosity < Verbosity.Verbose && results.Any(r => r.Exception is not null and not BuildConfigurationException))
        {
            error.WriteLine("Run again with --verbosity verbose for the stack trace.");
        }
    }

    public void BuildRejected(string message) => error.WriteLine($"error: {message}");
}
