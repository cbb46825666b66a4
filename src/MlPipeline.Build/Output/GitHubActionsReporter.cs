using MlPipeline.Build.Execution;

namespace MlPipeline.Build.Output;

/// <summary>Adds GitHub Actions' log groups, error annotations and the step summary to another reporter.</summary>
internal sealed class GitHubActionsReporter(IBuildReporter inner, TextWriter output, string? stepSummaryPath, SecretMasker masker) : IBuildReporter
{
    private bool _groupOpen;

    public void TargetStarting(string name)
    {
        output.WriteLine(GitHubActionsCommands.Group(name));
        _groupOpen = true;
        inner.TargetStarting(name);
    }

    public void TargetFinished(TargetResult result)
    {
        inner.TargetFinished(result);
        if (_groupOpen)
        {
            output.WriteLine(GitHubActionsCommands.EndGroup);
            _groupOpen = false;
        }

        if (result.Status == TargetStatus.Failed)
        {
            output.WriteLine(GitHubActionsCommands.Error(result.Reason ?? "failed", $"Target {result.Name} failed"));
        }
    }

    public void BuildFinished(IReadOnlyList<TargetResult> results, TimeSpan duration, bool succeeded)
    {
        inner.BuildFinished(results, duration, succeeded);
        if (!string.IsNullOrEmpty(stepSummaryPath))
        {
            var heading = succeeded ? "### ✅ Build succeeded" : "### ❌ Build failed";
            File.AppendAllText(stepSummaryPath, masker.Apply($"{heading}\n\n{SummaryTable.Markdown(results, duration)}\n"));
        }
    }

    public void BuildRejected(string message)
    {
        inner.BuildRejected(message);
        output.WriteLine(GitHubActionsCommands.Error(message, "Build rejected"));
    }
}
