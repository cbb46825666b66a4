using System.Net.Http.Headers;

namespace MlPipeline.GitHub;

/// <summary>
/// Labels Octokit's request bodies as what they are. Octokit serializes every body to JSON but sends it as
/// <c>application/x-www-form-urlencoded</c>; GitHub's API description accepts only <c>application/json</c> for these
/// endpoints (GitHub.com lets it pass today; the contract does not promise it). Uploads keep their own content type.
/// </summary>
internal sealed class JsonContentType(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private const string Form = "application/x-www-form-urlencoded";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content?.Headers.ContentType is { MediaType: Form } type)
        {
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = type.CharSet ?? "utf-8" };
        }

        return base.SendAsync(request, cancellationToken);
    }
}
