using System.Runtime.CompilerServices;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

/// <summary>The column types stored as one float per row: numeric, integer and boolean.</summary>
internal abstract class FloatColumnBuilder(string name, int columnNumber, string expected) : ColumnBuilder(name, columnNumber)
{
    private readonly ColumnValues<float> _values = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public sealed override void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems)
    {
        if (TryParse(cell, out var value))
        {
            _values.Add(value);
            return;
        }

        problems.Add(Problem(CellProblemKind.Unparsable, line, cell, expected));
        _values.Add(float.NaN);
    }

    public sealed override void AddMissing() => _values.Add(float.NaN);

    public sealed override DataColumn Build() => new NumericColumn(Name, _values.ToArray());

    protected abstract bool TryParse(ReadOnlySpan<byte> cell, out float value);
}
