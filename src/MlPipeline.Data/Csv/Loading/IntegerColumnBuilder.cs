using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class IntegerColumnBuilder(string name, int columnNumber)
    : FloatColumnBuilder(name, columnNumber, CellParsers.ExpectedInteger)
{
    protected override bool TryParse(ReadOnlySpan<byte> cell, out float value)
    {
        var parsed = CellParsers.TryParseInteger(cell, out var integer);
        value = integer;
        return parsed;
    }
}
