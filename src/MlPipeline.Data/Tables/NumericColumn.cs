using System.Globalization;

namespace MlPipeline.Data.Tables;

/// <summary>Numeric, integer and boolean columns: one float per row, <see cref="float.NaN"/> where the value is missing.</summary>
public sealed class NumericColumn(string name, float[] values) : DataColumn(name)
{
    public float[] Values { get; } = values;

    public override int Length => Values.Length;

    public override bool IsMissing(int row) => float.IsNaN(Values[row]);

    public override string Format(int row) =>
        IsMissing(row) ? "" : Values[row].ToString("R", CultureInfo.InvariantCulture);
}
