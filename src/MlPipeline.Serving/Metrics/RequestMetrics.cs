using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace MlPipeline.Serving.Metrics;

/// <summary>
/// Request count, errors and latency per endpoint, written in Prometheus' text exposition format (version 0.0.4) with the
/// served model's version as a label, so a dashboard can tell a rollout's versions apart.
/// </summary>
internal sealed class RequestMetrics(string modelName, string modelVersion)
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly ConcurrentDictionary<string, EndpointStatistics> _endpoints = new(StringComparer.Ordinal);

    /// <param name="endpoint">The route pattern (e.g. <c>/v2/models/{name}/infer</c>), not the path, so labels stay few.</param>
    public void Record(string endpoint, int status, long elapsedTicks) =>
        _endpoints.GetOrAdd(endpoint, _ => new EndpointStatistics()).Record(status, elapsedTicks);

    public string Write()
    {
        var text = new StringBuilder();
        var endpoints = _endpoints.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        Header(text, "mlpipeline_requests_total", "counter", "Requests answered, by endpoint and HTTP status.");
        foreach (var (endpoint, statistics) in endpoints)
        {
            foreach (var (status, count) in statistics.ByStatus.OrderBy(s => s.Key))
            {
                Line(text, "mlpipeline_requests_total", Labels(endpoint, ("status", status.ToString(CultureInfo.InvariantCulture))), count);
            }
        }

        Header(text, "mlpipeline_request_errors_total", "counter", "Requests answered with a 4xx or 5xx status, by endpoint.");
        foreach (var (endpoint, statistics) in endpoints)
        {
            Line(text, "mlpipeline_request_errors_total", Labels(endpoint), statistics.Errors);
        }

        Header(text, "mlpipeline_request_duration_seconds", "histogram", "Time from receiving a request to its answer, by endpoint.");
        foreach (var (endpoint, statistics) in endpoints)
        {
            long cumulative = 0;
            for (var bucket = 0; bucket < EndpointStatistics.Buckets.Length; bucket++)
            {
                cumulative += statistics.BucketCount(bucket);
                var bound = EndpointStatistics.Buckets[bucket].ToString("R", CultureInfo.InvariantCulture);
                Line(text, "mlpipeline_request_duration_seconds_bucket", Labels(endpoint, ("le", bound)), cumulative);
            }

            var count = statistics.Count;
            Line(text, "mlpipeline_request_duration_seconds_bucket", Labels(endpoint, ("le", "+Inf")), count);
            text.Append("mlpipeline_request_duration_seconds_sum").Append(Labels(endpoint)).Append(' ')
                .Append(statistics.SumSeconds.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            Line(text, "mlpipeline_request_duration_seconds_count", Labels(endpoint), count);
        }

        return text.ToString();
    }

    private string Labels(string endpoint, params (string Name, string Value)[] extra)
    {
        IEnumerable<(string Name, string Value)> all = [("endpoint", endpoint), ("model", modelName), ("model_version", modelVersion), .. extra];
        return "{" + string.Join(",", all.Select(l => $"{l.Name}=\"{Escape(l.Value)}\"")) + "}";
    }

    private static void Header(StringBuilder text, string name, string type, string help) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append('\n').Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');

    private static void Line(StringBuilder text, string name, string labels, long value) =>
        text.Append(name).Append(labels).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
