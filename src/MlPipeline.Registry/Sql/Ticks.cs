namespace MlPipeline.Registry.Sql;

/// <summary>Instants are stored as UTC ticks: exact, sortable, and the same column type in both databases.</summary>
internal static class Ticks
{
    public static long ToColumn(DateTimeOffset instant) => instant.UtcTicks;

    public static DateTimeOffset FromColumn(long ticks) => new(ticks, TimeSpan.Zero);
}
