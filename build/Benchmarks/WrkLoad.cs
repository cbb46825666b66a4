using System.Globalization;
using System.Text.RegularExpressions;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>
/// Debian's wrk against one HTTP endpoint: <c>concurrency</c> connections, each sending the next request as soon as the last
/// is answered, the same JSON body every time (post_body.lua). Any socket error or non-2xx answer fails the benchmark.
/// </summary>
internal static partial class WrkLoad
{
    public static async Task<LoadResult> RunAsync(Uri url, AbsolutePath body, int rowsPerRequest, int concurrency, TimeSpan duration, AbsolutePath root, CancellationToken cancellation)
    {
        string[] arguments =
        [
            "--threads", Invariant(Math.Min(Environment.ProcessorCount, concurrency)),
            "--connections", Invariant(concurrency),
            "--duration", Invariant((int)duration.TotalSeconds) + "s",
            "--timeout", "10s",
            "--latency",
            "--script", root / "build" / "Benchmarks" / "post_body.lua",
            url.ToString(),
            "--", body,
        ];
        var outcome = await Processes.CaptureAsync("wrk", arguments, root, cancellation);
        var result = Result().Match(outcome.Output);
        if (outcome.ExitCode != 0 || !result.Success)
        {
            throw new InvalidOperationException($"wrk {string.Join(' ', arguments)} failed: {outcome}");
        }

        long Field(string name) => long.Parse(result.Groups[name].Value, CultureInfo.InvariantCulture);
        if (Field("socket") > 0 || Field("status") > 0)
        {
            throw new InvalidOperationException($"wrk against {url} saw {Field("socket")} socket errors and {Field("status")} non-2xx answers; a load test counts answered requests only. Its output: {outcome.Output}");
        }

        return new LoadResult(Field("requests"), TimeSpan.FromMicroseconds(Field("duration")), rowsPerRequest, Field("p50") / 1000.0, Field("p99") / 1000.0);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"wrk-result requests=(?<requests>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) socket_errors=(?<socket>\d+) non_2xx=(?<status>\d+)")]
    private static partial Regex Result();
}
