using MlPipeline.Data.Csv;
using MlPipeline.Data.Csv.Inference;
using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Schemas;

/// <summary>Proposes a schema for a CSV file from its raw cells, for a person to review and commit as <c>&lt;name&gt;.schema.json</c>.</summary>
public static class SchemaInference
{
    /// <summary>
    /// Reads every row of <paramref name="csvPath"/> and proposes, per column (in file order): <c>boolean</c> when every
    /// value is true/false, yes/no or 1/0; else <c>integer</c>, <c>numeric</c> or <c>datetime</c> when every value
    /// parses as one (the first datetime column gets role <c>time</c>); else <c>categorical</c> when it has at most
    /// max(20, 5% of rows) distinct values (sorted ordinally); else <c>text</c>, with role <c>id</c> when every value is
    /// distinct and <c>ignore</c> otherwise. Nullable when any cell is missing; min/max hold the observed range of
    /// numeric and integer columns, integers exactly and numbers rounded outward to six significant digits, so the
    /// schema always accepts the file it came from.
    /// </summary>
    /// <remarks>
    /// The label gets role <c>label</c> and decides the task: a categorical, boolean or text label is categorical with
    /// <c>binary</c> for two classes and <c>multiclass</c> for more; an integer label with at most 10 distinct values is
    /// categorical too (classes in numeric order); any other integer or numeric label means <c>regression</c>.
    /// The file is read twice: first for the types and the row count, then for the distinct values of the columns that
    /// need them, so numeric columns never hold their values in memory.
    /// </remarks>
    /// <param name="label">The header name of the column to predict.</param>
    /// <exception cref="ArgumentException">The header has no column <paramref name="label"/> (the message lists those it has), or the label holds dates or no values.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read as a table.</exception>
    public static DatasetSchema Infer(string csvPath, string label, CsvOptions? options = null)
    {
        options ??= new CsvOptions();
        var missing = new MissingMarkers(options.EffectiveMissingMarkers);
        ColumnObservations[] columns;
        int rowCount;
        using (var rows = new CsvRows(csvPath, options))
        {
            if (!rows.Header.Contains(label))
            {
                throw new ArgumentException(
                    $"The label column \"{label}\" is not in the header of {csvPath}; its columns are: {string.Join(", ", rows.Header.Select(n => $"\"{n}\""))}.",
                    nameof(label));
            }

            columns = [.. rows.Header.Select(name => new ColumnObservations(name))];
            rowCount = ReadPresentCells(rows, missing, (i, cell) => columns[i].Add(cell), i => columns[i].AddMissing());
        }

        var distinct = columns.Select(c => SchemaProposal.DistinctValuesNeeded(c, c.Name == label, rowCount)).ToArray();
        if (distinct.Any(d => d is not null))
        {
            using var rows = new CsvRows(csvPath, options);
            ReadPresentCells(rows, missing, (i, cell) => distinct[i]?.Add(cell), _ => { });
        }

        return SchemaProposal.Propose(csvPath, columns, distinct, label);
    }

    /// <returns>The number of rows.</returns>
    private static int ReadPresentCells(CsvRows rows, MissingMarkers missing, Action<int, ReadOnlySpan<byte>> present, Action<int> absent)
    {
        while (rows.TryReadRow())
        {
            for (var i = 0; i < rows.Header.Count; i++)
            {
                var cell = rows.Field(i);
                if (missing.IsMissing(cell, rows.IsQuoted(i)))
                    absent(i);
                else
                    present(i, cell);
            }
        }

        return rows.RowCount;
    }
}
