using System.Globalization;

namespace MlPipeline.Data.Tables;

/// <summary>A date or date-time column, in UTC ticks; <see cref="Missing"/> where the value is missing.</summary>
public sealed class DateTimeColumn(string name, long[] ticks) : DataColumn(name)
{
    public const long Missing = long.MinValue;

    public long[] Ticks { get; } = ticks;

    public override int Length => Ticks.Length;

    public override bool IsMissing(int row) => Ticks[row] == Missing;

    public override string Format(int row) =>
        IsMissing(row) ? "" : new DateTime(Ticks[row], DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
