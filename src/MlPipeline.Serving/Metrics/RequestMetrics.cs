using System.Diagnostics;
using System.Globalization;
using Prometheus;

namespace MlPipeline.Serving.Metrics;

/// <summary>
/// Request count, errors and latency per endpoint in prometheus-net, with the served model's name and version as labels,
/// so a dashboard can tell a rollout's versions apart. The service's own registry, not prometheus-net's default one: that
/// one also listens to the runtime's event counters and meters, which would cost every request something.
/// </summary>
internal sealed class RequestMetrics
{
    /// <summary>Upper bounds of the latency buckets in seconds: fine below a millisecond, where one-row scoring lands.</summary>
    private static readonly double[] Buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly string _model;
    private readonly string _version;
    private readonly Counter _requests;
    private readonly Counter _errors;
    private readonly Histogram _duration;

    public RequestMetrics(string modelName, string modelVersion)
    {
        _model = modelName;
        _version = modelVersion;
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        string[] byEndpoint = ["endpoint", "model", "model_version"];
        _requests = factory.CreateCounter("mlpipeline_requests_total", "Requests answered, by endpoint and HTTP status.", [.. byEndpoint, "status"]);
        _errors = factory.CreateCounter("mlpipeline_request_errors_total", "Requests answered with a 4xx or 5xx status, by endpoint.", byEndpoint);
        _duration = factory.CreateHistogram(
            "mlpipeline_request_duration_seconds",
            "Time from receiving a request to its answer, by endpoint.",
            new HistogramConfiguration { LabelNames = byEndpoint, Buckets = Buckets });
    }

    /// <summary>What <c>GET /metrics</c> exposes.</summary>
    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    /// <param name="endpoint">The route pattern (e.g. <c>/v2/models/{name}/infer</c>), not the path, so labels stay few.</param>
    public void Record(string endpoint, int status, long elapsedTicks)
    {
        _requests.WithLabels(endpoint, _model, _version, status.ToString(CultureInfo.InvariantCulture)).Inc();
        // Created on an endpoint's first request, so an endpoint without errors shows 0 rather than nothing.
        var errors = _errors.WithLabels(endpoint, _model, _version);
        if (status >= 400)
        {
            errors.Inc();
        }

        _duration.WithLabels(endpoint, _model, _version).Observe(elapsedTicks / (double)Stopwatch.Frequency);
    }
}
