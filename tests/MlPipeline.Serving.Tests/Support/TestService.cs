using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace MlPipeline.Serving.Tests.Support;

/// <summary>The service in-process on ASP.NET Core's test server, serving one bundle.</summary>
internal sealed class TestService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestService(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestService> StartAsync(string directory, long maxBodyBytes = 4 << 20)
    {
        var app = ServingApp.Create([], new ServingOptions(directory, maxBodyBytes), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestService(app);
    }

    public async Task<(int Status, JsonNode? Body)> PostAsync(string path, JsonNode body) => await SendAsync(path, JsonContent.Create(body));

    public async Task<(int Status, JsonNode? Body)> PostTextAsync(string path, string body) =>
        await SendAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

    public async Task<(int Status, JsonNode? Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<(int Status, JsonNode? Body)> SendAsync(string path, HttpContent content)
    {
        using var response = await Client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
