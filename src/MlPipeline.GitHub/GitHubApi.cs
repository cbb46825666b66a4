using System.Net;
using Octokit;
using Octokit.Internal;

namespace MlPipeline.GitHub;

/// <summary>
/// One repository on one GitHub API, with a token: what every publisher here sends its requests through, so that each
/// failure becomes one <see cref="GitHubException"/> naming the request.
/// </summary>
public sealed class GitHubApi
{
    /// <summary>GitHub.com's REST API, the default of <c>GITHUB_API_URL</c>.</summary>
    public static readonly Uri DefaultUrl = new("https://api.github.com/");

    private GitHubApi(IGitHubClient client, Uri url, GitHubRepository repository)
    {
        Client = client;
        Url = url;
        Repository = repository;
    }

    public Uri Url { get; }

    public GitHubRepository Repository { get; }

    internal IGitHubClient Client { get; }

    /// <param name="url">The REST API's root: <c>https://api.github.com</c>, a GitHub Enterprise Server's <c>https://host/api/v3</c>, or a test server.</param>
    /// <param name="token">A token that may do what the caller asks (<c>GITHUB_TOKEN</c> in Actions).</param>
    /// <exception cref="GitHubException">The URL is not an absolute http(s) URL, or the token is empty.</exception>
    public static GitHubApi Connect(Uri url, string token, GitHubRepository repository)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new GitHubException($"The GitHub API URL '{url}' is not an absolute http(s) URL; give e.g. https://api.github.com (GITHUB_API_URL in GitHub Actions).");
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw new GitHubException("The GitHub token is empty; give a token (GITHUB_TOKEN in GitHub Actions).");
        }

        // Connection, unlike GitHubClient's own constructor, keeps the URL as given: GitHubClient appends api/v3/ to every
        // host but github.com, which would miss both GITHUB_API_URL (that already ends in it) and a test server.
        var root = new Uri(url.AbsoluteUri.TrimEnd('/') + "/");
        var connection = new Connection(
            new ProductHeaderValue("MlPipeline"),
            root,
            new InMemoryCredentialStore(new Credentials(token)),
            new HttpClientAdapter(() => new JsonContentType(HttpMessageHandlerFactory.CreateDefault())),
            new SimpleJsonSerializer());
        return new GitHubApi(new GitHubClient(connection), root, repository);
    }

    /// <summary>Sends one request (or one paged listing) and turns its failure into a <see cref="GitHubException"/>.</summary>
    /// <param name="request">What the request does, for the message: "update comment 42 on pull request #7".</param>
    internal async Task<T> SendAsync<T>(string request, Func<IGitHubClient, Task<T>> call, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            return await call(Client).ConfigureAwait(false);
        }
        catch (ForbiddenException exception) when (exception is not RateLimitExceededException and not SecondaryRateLimitExceededException)
        {
            throw new GitHubPermissionException(
                $"GitHub refused to {request} in {Repository} (403: {Said(exception)}): the token may not write here, as the token of a pull request from a fork may not. Give the job the permission it needs, or read the job summary instead.",
                exception);
        }
        catch (ApiException exception)
        {
            throw new GitHubException($"GitHub could not {request} in {Repository} ({(int)exception.StatusCode} {exception.StatusCode}: {Said(exception)}).", exception);
        }
        catch (HttpRequestException exception)
        {
            throw new GitHubException($"Could not reach the GitHub API at {Url} to {request}: {exception.Message}. Check GITHUB_API_URL and the network.", exception);
        }
    }

    /// <summary>Like <see cref="SendAsync{T}"/>, for a lookup whose 404 means "there is none".</summary>
    internal async Task<T?> FindAsync<T>(string request, Func<IGitHubClient, Task<T>> call, CancellationToken cancellation)
        where T : class
    {
        try
        {
            return await SendAsync(request, call, cancellation).ConfigureAwait(false);
        }
        catch (GitHubException exception) when (exception.InnerException is ApiException { StatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    // A proxy or gateway in between answers with its own body rather than GitHub's {"message": …}; show that instead.
    private static string Said(ApiException exception) => exception.ApiError?.Message is { Length: > 0 } message
        ? message
        : exception.HttpResponse?.Body is string { Length: > 0 } body ? body[..Math.Min(body.Length, 2000)] : exception.Message;
}
