using System.Text.Json;
using MlPipeline.Build;

namespace MlPipeline.Components.GitHub;

/// <summary>What GitHub Actions says about the event that started the workflow: GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH.</summary>
internal sealed record GitHubEvent(string? Name, int? PullRequest, string? HeadSha)
{
    public static GitHubEvent Read(IPipelineBuild build)
    {
        var environment = build.BuildEnvironment;
        var name = environment.Variable("GITHUB_EVENT_NAME");
        if (name is not ("pull_request" or "pull_request_target"))
        {
            return new GitHubEvent(name, null, environment.Variable("GITHUB_SHA"));
        }

        var path = environment.Variable("GITHUB_EVENT_PATH") is { Length: > 0 } given
            ? given
            : throw new InvalidOperationException($"GITHUB_EVENT_NAME is {name} but GITHUB_EVENT_PATH is not set, so the pull request is unknown; GitHub Actions sets both for every job.");

        try
        {
            using var payload = JsonDocument.Parse(File.ReadAllText(path));
            var pull = payload.RootElement.GetProperty("pull_request");
            // The check belongs on the pull request's head: GITHUB_SHA of a pull_request event is a merge commit nobody sees.
            return new GitHubEvent(name, pull.GetProperty("number").GetInt32(), pull.GetProperty("head").GetProperty("sha").GetString());
        }
        catch (Exception exception) when (exception is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException($"GITHUB_EVENT_PATH {path} is not a readable {name} event ({exception.Message}); GitHub Actions writes it for every job.", exception);
        }
    }
}
