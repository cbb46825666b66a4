using MlPipeline.Data.Tables;

namespace MlPipeline.Data.ModelInputs;

/// <summary>
/// How one feature value becomes the float a model sees: the single definition shared by training (a loaded table) and
/// serving (raw values in a request), so a served model is always given what it was trained on. Categories become the
/// schema's codes, datetimes days since 1970 (UTC), booleans 1 and 0, and anything missing NaN.
/// </summary>
public static class FeatureValues
{
    private const double TicksPerDay = TimeSpan.TicksPerDay;

    private static readonly long Epoch = DateTime.UnixEpoch.Ticks;

    /// <summary>The value of <paramref name="row"/> in a loaded column.</summary>
    /// <exception cref="ArgumentException">The column is text, which is never a model input.</exception>
    public static float Of(DataColumn column, int row) => column switch
    {
        NumericColumn numeric => numeric.Values[row],
        CategoricalColumn categorical => OfCode(categorical.Codes[row]),
        DateTimeColumn dates => OfTicks(dates.Ticks[row]),
        _ => throw TextIsNoInput(column.Name),
    };

    /// <exception cref="ArgumentException">The column is text, which is never a model input.</exception>
    public static void CheckInput(DataColumn column)
    {
        if (column is TextColumn)
        {
            throw TextIsNoInput(column.Name);
        }
    }

    /// <summary>A category code (an index into the schema's categories), or <see cref="CategoricalColumn.Missing"/>.</summary>
    public static float OfCode(int code) => code == CategoricalColumn.Missing ? float.NaN : code;

    /// <summary>UTC ticks, or <see cref="DateTimeColumn.Missing"/>.</summary>
    public static float OfTicks(long ticks) => ticks == DateTimeColumn.Missing ? float.NaN : (float)((ticks - Epoch) / TicksPerDay);

    public static float OfBoolean(bool value) => value ? 1 : 0;

    internal static ArgumentException TextIsNoInput(string column) => new(
        $"Column \"{column}\" is text and cannot be a model input; set its role to \"id\" or \"ignore\" in the schema, or its type to \"categorical\".");
}
