using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MlPipeline.Serving.Metrics;

/// <summary>Times every request and records it under its route pattern once answered (errors included, since it runs outside the error handling).</summary>
internal sealed class MetricsRecording(RequestDelegate next, RequestMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.Record(endpoint.StartsWith('/') ? endpoint : "/" + endpoint, context.Response.StatusCode, Stopwatch.GetTimestamp() - started);
        }
    }
}
