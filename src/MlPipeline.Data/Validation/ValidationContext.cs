using System.Globalization;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Validation;

/// <summary>What the checks look at, with the expensive views (row hashes, statistics) computed once and shared.</summary>
internal sealed class ValidationContext(
    DataTable table, DatasetSchema schema, IReadOnlyList<CellProblem> problems, DatasetSplit split, ValidationOptions options, UInt128[] rowHashes, IReadOnlyList<ColumnStatistics> statistics)
{
    public DataTable Table { get; } = table;

    public DatasetSchema Schema { get; } = schema;

    public IReadOnlyList<CellProblem> Problems { get; } = problems;

    public DatasetSplit Split { get; } = split;

    public ValidationOptions Options { get; } = options;

    public UInt128[] RowHashes { get; } = rowHashes;

    public ColumnStatistics StatisticsOf(ColumnSchema column) => statistics[IndexOf(column)];

    public int Line(int row) => Table.LineNumbers[row];

    /// <summary><c>file:line:column</c>, the form editors and CI annotations jump to.</summary>
    public string Location(int row, ColumnSchema column) =>
        string.Create(CultureInfo.InvariantCulture, $"{Table.Source}:{Line(row)}:{ColumnNumber(column)}");

    /// <exception cref="InvalidOperationException">The table holds the column as another kind than the schema's type implies.</exception>
    public T Column<T>(ColumnSchema column) where T : DataColumn =>
        Table[column.Name] as T ?? throw new InvalidOperationException(
            $"{Table.Source}: column \"{column.Name}\" is declared {column.Type} in the schema but the table holds it as " +
            $"{Table[column.Name].GetType().Name}; load the table with the same schema that validates it.");

    private int IndexOf(ColumnSchema column)
    {
        for (var i = 0; i < Schema.Columns.Count; i++)
            if (ReferenceEquals(Schema.Columns[i], column))
                return i;
        throw new ArgumentException($"Column \"{column.Name}\" is not one of the validated schema's columns.", nameof(column));
    }

    private int ColumnNumber(ColumnSchema column)
    {
        for (var i = 0; i < Table.Columns.Count; i++)
            if (Table.Columns[i].Name == column.Name)
                return i + 1;
        throw new KeyNotFoundException($"{Table.Source} has no column \"{column.Name}\".");
    }
}
