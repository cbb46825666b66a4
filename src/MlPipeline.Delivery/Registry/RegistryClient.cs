using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace MlPipeline.Delivery.Registry;

/// <summary>
/// The parts of the OCI distribution API (https://github.com/opencontainers/distribution-spec/blob/main/spec.md) a push
/// needs, against one registry: transient failures retried with backoff, authentication answered as the registry's
/// challenge asks (Basic, or a Bearer token from its realm), and every failure that survives the retries turned into one
/// <see cref="DeliveryException"/> saying what to check. Credentials go only into Authorization headers, never into messages.
/// </summary>
public sealed partial class RegistryClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RegistryOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _retries;

    /// <param name="registry">Host and optional port, as in <see cref="Images.ImageReference.Registry"/>.</param>
    /// <param name="options">Credentials, scheme and retries; null for the defaults.</param>
    public RegistryClient(string registry, RegistryOptions? options = null)
    {
        Registry = registry;
        _options = options ?? new RegistryOptions();
        var scheme = _options.Insecure ?? RegistryHost.IsLoopback(registry) ? "http" : "https";
        BaseAddress = new Uri($"{scheme}://{registry}/v2/");
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10), AllowAutoRedirect = true })
        {
            Timeout = TimeSpan.FromMinutes(10),
        };
        var retries = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _options.TimeProvider };
        if (_options.MaxRetries > 0)
        {
            retries.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _options.MaxRetries,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome, arguments.Context.CancellationToken)),
            });
        }

        _retries = retries.Build();
    }

    /// <summary>The registry's host and port.</summary>
    public string Registry { get; }

    /// <summary>Where the registry's API is, e.g. <c>http://127.0.0.1:5000/v2/</c>.</summary>
    public Uri BaseAddress { get; }

    public void Dispose() => _http.Dispose();

    /// <summary>
    /// Sends the request <paramref name="create"/> makes (again for every attempt, since a request cannot be sent twice),
    /// authenticating for <paramref name="scope"/> when challenged. Success and 404 are returned; every other status throws.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, string scope, CancellationToken cancellation)
    {
        HttpResponseMessage response;
        try
        {
            response = await _retries.ExecuteAsync(
                async token => await SendAuthenticatedAsync(create, scope, token),
                cancellation);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellation.IsCancellationRequested))
        {
            throw new DeliveryException(
                DeliveryError.RegistryUnreachable,
                $"Cannot reach the registry at {BaseAddress} ({Describe(exception)}) after {_options.MaxRetries + 1} attempts. Check the registry address and that it is running; for a registry without TLS, say it is insecure.",
                exception);
        }

        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
        {
            return response;
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new DeliveryException(
                    DeliveryError.Unauthorized,
                    $"The registry {Registry} refused {(_options.Credentials is null ? "anonymous access" : $"the credentials of user '{_options.Credentials.Username}'")} to '{scope}' (HTTP {(int)response.StatusCode}). Set {_options.CredentialsHint}.");
            }

            throw new DeliveryException(
                DeliveryError.RegistryFailed,
                $"The registry {Registry} answered {(int)response.StatusCode} {response.ReasonPhrase} to {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}: {await ErrorTextAsync(response, cancellation)}");
        }
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellation) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: TaskCanceledException } => !cancellation.IsCancellationRequested,
        { Result: { } response } => response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    private static string Describe(Exception exception) =>
        exception is HttpRequestException { InnerException: SocketException socket } ? socket.Message : exception.Message;

    // The distribution spec's error body is {"errors":[{"code","message","detail"}]}; show its messages when it is one.
    private static async Task<string> ErrorTextAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        var text = await response.Content.ReadAsStringAsync(cancellation);
        try
        {
            using var document = JsonDocument.Parse(text);
            var errors = document.RootElement.GetProperty("errors").EnumerateArray()
                .Select(error => $"{error.GetProperty("code").GetString()}: {error.GetProperty("message").GetString()}");
            return string.Join("; ", errors);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return text.Length > 500 ? text[..500] : text;
        }
    }
}
