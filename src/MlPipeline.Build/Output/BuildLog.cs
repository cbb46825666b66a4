using MlPipeline.Build.Cli;

namespace MlPipeline.Build.Output;

internal sealed class BuildLog(TextWriter output, TextWriter error, Verbosity verbosity, bool gitHubActions) : IBuildLog
{
    public Verbosity Verbosity => verbosity;

    public void Debug(string message)
    {
        if (verbosity >= Verbosity.Verbose)
        {
            output.WriteLine(message);
        }
    }

    public void Information(string message)
    {
        if (verbosity >= Verbosity.Normal)
        {
            output.WriteLine(message);
        }
    }

    public void Warning(string message)
    {
        if (verbosity >= Verbosity.Minimal)
        {
            output.WriteLine(gitHubActions ? GitHubActionsCommands.Warning(message) : $"warning: {message}");
        }
    }

    public void Error(string message)
        => error.WriteLine(gitHubActions ? GitHubActionsCommands.Error(message) : $"error: {message}");
}
