namespace MlPipeline.Registry.Tests.Support;

/// <summary>A clock that moves only when told, so recorded times are exact.</summary>
internal sealed class ManualClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = Start;

    public override DateTimeOffset GetUtcNow() => _now;

    public DateTimeOffset Advance(TimeSpan by) => _now += by;
}
