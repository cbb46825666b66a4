using System.Text;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

/// <summary>Collects one column's cells as its schema type, reporting each cell that does not fit.</summary>
internal abstract class ColumnBuilder(string name, int columnNumber)
{
    public string Name { get; } = name;

    /// <summary>Parses a cell that is not a missing marker; a cell that does not fit is stored as missing and reported.</summary>
    public abstract void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems);

    public abstract void AddMissing();

    public abstract DataColumn Build();

    public static ColumnBuilder For(ColumnSchema column, int columnNumber) => column.Type switch
    {
        ColumnType.Numeric => new NumberColumnBuilder(column.Name, columnNumber),
        ColumnType.Integer => new IntegerColumnBuilder(column.Name, columnNumber),
        ColumnType.Boolean => new BooleanColumnBuilder(column.Name, columnNumber),
        ColumnType.Categorical when column.Categories is { } categories => new KnownCategoriesColumnBuilder(column.Name, columnNumber, categories),
        ColumnType.Categorical => new DiscoveredCategoriesColumnBuilder(column.Name, columnNumber),
        ColumnType.DateTime => new DateTimeColumnBuilder(column.Name, columnNumber),
        ColumnType.Text => new TextColumnBuilder(column.Name, columnNumber),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, $"Column \"{column.Name}\" has a type the CSV loader does not know."),
    };

    protected CellProblem Problem(CellProblemKind kind, int line, ReadOnlySpan<byte> cell, string expected) =>
        new(kind, Name, line, columnNumber, Encoding.UTF8.GetString(cell), expected);
}
