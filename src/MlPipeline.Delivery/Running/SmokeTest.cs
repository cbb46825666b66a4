using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPipeline.Delivery.Running;

/// <summary>
/// Starts the service, waits until <c>GET /v2/health/ready</c> answers 200, posts the rows to <c>POST /predict</c> and
/// returns its predictions; the host is stopped and removed whatever happens, cancellation included.
/// </summary>
public static class SmokeTest
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <param name="host">Where the service runs; disposed before this returns.</param>
    /// <param name="port">The 127.0.0.1 port the service listens on.</param>
    /// <param name="rows">What to score.</param>
    /// <param name="readyTimeout">How long the service may take to become ready.</param>
    /// <param name="progress">One line per step.</param>
    /// <param name="cancellation">Stops waiting; the host is still removed.</param>
    /// <returns>The <c>predictions</c> array's elements, one per row.</returns>
    /// <exception cref="DeliveryException">Not ready in time, exited, or answered the rows with an error.</exception>
    public static async Task<IReadOnlyList<JsonElement>> RunAsync(
        ISmokeHost host, int port, SmokeRows rows, TimeSpan readyTimeout, IProgress<string> progress, CancellationToken cancellation)
    {
        await using (host)
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await host.StartAsync(port, cancellation);
            progress.Report($"started; waiting up to {readyTimeout.TotalSeconds:0} s for {http.BaseAddress}v2/health/ready");
            await WaitUntilReadyAsync(host, http, readyTimeout, cancellation);
            progress.Report($"ready; scoring {rows.Data.Count} rows");
            return await PredictAsync(http, rows, cancellation);
        }
    }

    private static async Task WaitUntilReadyAsync(ISmokeHost host, HttpClient http, TimeSpan timeout, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                if (await host.FailureAsync(deadline.Token) is { } failure)
                {
                    throw new DeliveryException(DeliveryError.SmokeTestFailed, $"The service stopped before it was ready: {failure}");
                }

                try
                {
                    using var response = await http.GetAsync("v2/health/ready", deadline.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(PollInterval, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new DeliveryException(
                DeliveryError.SmokeTestFailed,
                $"The service was not ready within {timeout.TotalSeconds:0} s: GET {http.BaseAddress}v2/health/ready never answered 200. {await host.FailureAsync(CancellationToken.None) ?? "It is still running."}");
        }
    }

    private static async Task<IReadOnlyList<JsonElement>> PredictAsync(HttpClient http, SmokeRows rows, CancellationToken cancellation)
    {
        var body = new JsonObject
        {
            ["dataframe_split"] = new JsonObject
            {
                ["columns"] = new JsonArray([.. rows.Columns.Select(column => (JsonNode?)column)]),
                ["data"] = JsonSerializer.SerializeToNode(rows.Data),
            },
        };
        using var response = await http.PostAsJsonAsync("predict", body, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new DeliveryException(DeliveryError.SmokeTestFailed, $"POST /predict answered {(int)response.StatusCode}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        if (!document.RootElement.TryGetProperty("predictions", out var predictions) || predictions.GetArrayLength() != rows.Data.Count)
        {
            throw new DeliveryException(DeliveryError.SmokeTestFailed, $"POST /predict answered without one prediction per row ({rows.Data.Count}): {text}");
        }

        return [.. predictions.EnumerateArray().Select(prediction => prediction.Clone())];
    }
}
