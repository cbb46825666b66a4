using System.Text;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class TextColumnBuilder(string name, int columnNumber) : ColumnBuilder(name, columnNumber)
{
    private readonly ColumnValues<string?> _values = new();

    public override void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems) => _values.Add(Encoding.UTF8.GetString(cell));

    public override void AddMissing() => _values.Add(null);

    public override DataColumn Build() => new TextColumn(Name, _values.ToArray());
}
