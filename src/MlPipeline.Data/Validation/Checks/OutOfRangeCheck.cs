using System.Globalization;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"out-of-range": numbers below the schema's min or above its max.</summary>
internal sealed class OutOfRangeCheck : IValidationCheck
{
    public const string Id = "out-of-range";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        foreach (var column in context.Schema.Columns.Where(c => c.Min is not null || c.Max is not null))
        {
            if (context.Table[column.Name] is not NumericColumn data)
                continue;

            // At the precision the table holds: "max": 4.49474 must accept the cell 4.49474, whose float lies above the double.
            var (min, max) = ((float)(column.Min ?? double.NegativeInfinity), (float)(column.Max ?? double.PositiveInfinity));
            var rows = Enumerable.Range(0, data.Length).Where(row => data.Values[row] < min || data.Values[row] > max).ToArray();
            if (rows.Length > 0)
                yield return Report(context, column, data, rows);
        }
    }

    private static Finding Report(ValidationContext context, ColumnSchema column, NumericColumn data, int[] rows)
    {
        var range = (column.Min, column.Max) switch
        {
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"[{min}, {max}]"),
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min}"),
            (null, var max) => string.Create(CultureInfo.InvariantCulture, $"at most {max}"),
        };
        var values = rows.Length == 1 ? "1 value" : $"{rows.Length} values";
        return Findings.Error(column.Name, Id,
            $"{context.Location(rows[0], column)}: {values} in column \"{column.Name}\" outside {range} (first: {data.Format(rows[0])} at line {context.Line(rows[0])}); " +
            "correct the data or widen \"min\"/\"max\" in the schema",
            rows.Length, rows.Select(context.Line), rows.Select(data.Format));
    }
}
