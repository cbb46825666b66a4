namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>One cell of the load test: requests answered in a closed loop at a fixed concurrency, and their latency percentiles.</summary>
internal sealed record LoadResult(long Requests, TimeSpan Duration, int RowsPerRequest, double P50Milliseconds, double P99Milliseconds)
{
    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    public double RowsPerSecond => RequestsPerSecond * RowsPerRequest;
}
