namespace MlPipeline.GitHub;

/// <summary>A request to GitHub failed; the message names the request and what GitHub said.</summary>
public class GitHubException : Exception
{
    public GitHubException(string message)
        : base(message)
    {
    }

    public GitHubException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
