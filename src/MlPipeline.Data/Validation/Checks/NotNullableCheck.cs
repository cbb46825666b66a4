using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"not-nullable": empty cells in a column the schema says always has a value.</summary>
internal sealed class NotNullableCheck : IValidationCheck
{
    public const string Id = "not-nullable";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        // A cell the loader could not parse is stored as missing but already has its own, more precise finding.
        var reported = context.Problems.Select(p => (p.Column, p.Line)).ToHashSet();
        foreach (var column in context.Schema.Columns.Where(c => !c.Nullable))
        {
            var data = context.Table[column.Name];
            var rows = Enumerable.Range(0, context.Table.RowCount)
                .Where(row => data.IsMissing(row) && !reported.Contains((column.Name, context.Line(row))))
                .ToArray();
            if (rows.Length > 0)
                yield return Report(context, column, rows);
        }
    }

    private static Finding Report(ValidationContext context, ColumnSchema column, int[] rows)
    {
        var count = rows.Length == 1 ? "1 row has" : $"{rows.Length} rows have";
        return Findings.Error(column.Name, Id,
            $"{context.Location(rows[0], column)}: column \"{column.Name}\" is not nullable but {count} no value (first at line {context.Line(rows[0])}); " +
            "fill them in or set \"nullable\": true in the schema",
            rows.Length, rows.Select(context.Line));
    }
}
