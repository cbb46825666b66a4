using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MlPipeline.Delivery.Registry;

public sealed partial class RegistryClient
{
    // The header that last satisfied a challenge; reused until the registry challenges again (a token expired, a new scope).
    private AuthenticationHeaderValue? _authorization;

    private async Task<HttpResponseMessage> SendAuthenticatedAsync(Func<HttpRequestMessage> create, string scope, CancellationToken cancellation)
    {
        var response = await SendOnceAsync(create, cancellation);
        if (response.StatusCode != HttpStatusCode.Unauthorized || _options.Credentials is null && !IsBearer(response))
        {
            return response;
        }

        var challenge = response.Headers.WwwAuthenticate.FirstOrDefault();
        if (challenge is null)
        {
            return response;
        }

        if (string.Equals(challenge.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            response.Dispose();
            _authorization = BasicHeader(_options.Credentials!);
            return await SendOnceAsync(create, cancellation);
        }

        var token = await FetchTokenAsync(challenge, scope, cancellation);
        if (token.Header is null)
        {
            response.Dispose();
            return token.Failure!;
        }

        response.Dispose();
        _authorization = token.Header;
        return await SendOnceAsync(create, cancellation);
    }

    private async Task<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> create, CancellationToken cancellation)
    {
        var request = create();
        request.Headers.Authorization = _authorization;
        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
    }

    // The token flow of https://distribution.github.io/distribution/spec/auth/token/: GET realm?service=…&scope=…,
    // with Basic credentials when there are any; the answer's "token" (or "access_token") is the Bearer token.
    private async Task<(AuthenticationHeaderValue? Header, HttpResponseMessage? Failure)> FetchTokenAsync(
        AuthenticationHeaderValue challenge, string scope, CancellationToken cancellation)
    {
        var parameters = ParseChallenge(challenge.Parameter ?? "");
        if (!parameters.TryGetValue("realm", out var realm))
        {
            throw new DeliveryException(DeliveryError.RegistryFailed, $"The registry {Registry} asked for a Bearer token but named no realm to get it from: '{challenge}'.");
        }

        var query = new List<string>();
        if (parameters.TryGetValue("service", out var service))
        {
            query.Add("service=" + Uri.EscapeDataString(service));
        }

        query.Add("scope=" + Uri.EscapeDataString(scope));
        using var request = new HttpRequestMessage(HttpMethod.Get, realm + (realm.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join("&", query));
        if (_options.Credentials is { } credentials)
        {
            request.Headers.Authorization = BasicHeader(credentials);
        }

        var response = await _http.SendAsync(request, cancellation);
        if (!response.IsSuccessStatusCode)
        {
            return (null, response);
        }

        using (response)
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
            var root = document.RootElement;
            var token = root.TryGetProperty("token", out var value) ? value.GetString()
                : root.TryGetProperty("access_token", out value) ? value.GetString()
                : null;
            return token is null
                ? throw new DeliveryException(DeliveryError.RegistryFailed, $"The token service {new Uri(realm).GetLeftPart(UriPartial.Path)} of registry {Registry} answered without a token.")
                : (new AuthenticationHeaderValue("Bearer", token), null);
        }
    }

    private static bool IsBearer(HttpResponseMessage response) =>
        response.Headers.WwwAuthenticate.Any(challenge => string.Equals(challenge.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase));

    private static AuthenticationHeaderValue BasicHeader(RegistryCredentials credentials) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{credentials.Username}:{credentials.Password}")));

    // realm="https://auth.example/token",service="registry.example",scope="repository:a/b:pull"
    private static Dictionary<string, string> ParseChallenge(string parameters)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < parameters.Length)
        {
            var equals = parameters.IndexOf('=', position);
            if (equals < 0)
            {
                break;
            }

            var key = parameters[position..equals].Trim(' ', ',');
            string value;
            if (equals + 1 < parameters.Length && parameters[equals + 1] == '"')
            {
                var close = parameters.IndexOf('"', equals + 2);
                close = close < 0 ? parameters.Length : close;
                value = parameters[(equals + 2)..close];
                position = close + 1;
            }
            else
            {
                var comma = parameters.IndexOf(',', equals);
                comma = comma < 0 ? parameters.Length : comma;
                value = parameters[(equals + 1)..comma];
                position = comma;
            }

            values[key] = value;
            position++;
        }

        return values;
    }
}
