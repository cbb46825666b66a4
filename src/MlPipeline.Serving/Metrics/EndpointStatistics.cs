using System.Collections.Concurrent;
using System.Diagnostics;

namespace MlPipeline.Serving.Metrics;

/// <summary>Counts and a latency histogram of one endpoint, updated lock-free from any thread.</summary>
internal sealed class EndpointStatistics
{
    /// <summary>Upper bounds of the latency buckets in seconds: fine below a millisecond, where one-row scoring lands.</summary>
    public static readonly double[] Buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

    private readonly long[] _bucketCounts = new long[Buckets.Length];
    private long _count;
    private long _errors;
    private long _elapsedTicks;

    public ConcurrentDictionary<int, long> ByStatus { get; } = new();

    public long Count => Interlocked.Read(ref _count);

    public long Errors => Interlocked.Read(ref _errors);

    public double SumSeconds => Interlocked.Read(ref _elapsedTicks) / (double)Stopwatch.Frequency;

    public long BucketCount(int bucket) => Interlocked.Read(ref _bucketCounts[bucket]);

    public void Record(int status, long elapsedTicks)
    {
        Interlocked.Increment(ref _count);
        Interlocked.Add(ref _elapsedTicks, elapsedTicks);
        ByStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
        if (status >= 400)
        {
            Interlocked.Increment(ref _errors);
        }

        var seconds = elapsedTicks / (double)Stopwatch.Frequency;
        // Buckets hold only their own range here; the text format's cumulative counts are summed when written.
        var bucket = Array.FindIndex(Buckets, bound => seconds <= bound);
        if (bucket >= 0)
        {
            Interlocked.Increment(ref _bucketCounts[bucket]);
        }
    }
}
