namespace MlPipeline.Testing;

/// <summary>A clock that moves only when a test says so, so durations, timeouts and recorded times are exact.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>What the clock reads before it is first advanced: 2026-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => Start.AddTicks(GetTimestamp());

    /// <returns>The time after the move.</returns>
    public DateTimeOffset Advance(TimeSpan by) => Start.AddTicks(Interlocked.Add(ref _ticks, by.Ticks));
}
