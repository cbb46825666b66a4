using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MlPipeline.Testing.GitHub;

/// <summary>
/// A small stateful GitHub on 127.0.0.1 for the endpoints the pipeline uses: comments (paged with Link headers), check
/// runs, the Git Data API, pull requests and releases. Each repository is created on first use with a <c>main</c>
/// branch, so each test takes its own. It answers in the shapes of GitHub's API description (<see cref="SpecExamples"/>);
/// Prism in front of it checks both sides.
/// </summary>
public sealed partial class FakeGitHub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeRepository> _repositories = new(StringComparer.Ordinal);

    private FakeGitHub(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
        PublicUrl = url;
    }

    /// <summary>Where the fake listens.</summary>
    public Uri Url { get; }

    /// <summary>What the URLs in its answers (next pages, upload URLs) point at: Prism's address, so those requests are checked too.</summary>
    public Uri PublicUrl { get; set; }

    public static async Task<FakeGitHub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeGitHub? fake = null;
        app.Run(context => fake!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeGitHub(app, new Uri(address.TrimEnd('/') + "/"));
        return fake;
    }

    /// <summary>The repository's state, created with a <c>main</c> branch on first use.</summary>
    public FakeRepository Repository(string owner, string name) => _repositories.GetOrAdd($"{owner}/{name}", _ => new FakeRepository(owner, name));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var match = RepositoryPath().Match(context.Request.Path.Value ?? "");
        FakeAnswer answer;
        if (!match.Success)
        {
            answer = FakeAnswer.Error(404, "Not Found");
        }
        else
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var content = buffer.ToArray();
            var json = context.Request.ContentType?.Contains("json", StringComparison.Ordinal) == true && content.Length > 0 ? JsonNode.Parse(content) : null;
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
            var repository = Repository(match.Groups["owner"].Value, match.Groups["repo"].Value);
            try
            {
                answer = repository.Answer(context.Request.Method, match.Groups["rest"].Value, query, json, content, PublicUrl);
            }
            catch (Exception exception) when (exception is InvalidOperationException or NullReferenceException or KeyNotFoundException or FormatException)
            {
                // A bug of the fake, not GitHub's behaviour: say so in the message the client reports.
                answer = FakeAnswer.Error(500, $"The fake GitHub failed: {exception}");
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Link is { } link)
        {
            context.Response.Headers.Link = link;
        }

        if (answer.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }

    [GeneratedRegex("^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)/(?<rest>.+)$")]
    private static partial Regex RepositoryPath();
}
