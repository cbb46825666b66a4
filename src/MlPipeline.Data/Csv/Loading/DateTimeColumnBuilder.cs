using MlPipeline.Data.Csv.Reading;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class DateTimeColumnBuilder(string name, int columnNumber) : ColumnBuilder(name, columnNumber)
{
    private readonly Utf8Text _text = new();
    private readonly ColumnValues<long> _values = new();

    public override void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems)
    {
        if (CellParsers.TryParseDateTime(_text.Decode(cell), out var ticks))
        {
            _values.Add(ticks);
            return;
        }

        problems.Add(Problem(CellProblemKind.Unparsable, line, cell, CellParsers.ExpectedDateTime));
        _values.Add(DateTimeColumn.Missing);
    }

    public override void AddMissing() => _values.Add(DateTimeColumn.Missing);

    public override DataColumn Build() => new DateTimeColumn(Name, _values.ToArray());
}
