using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class BooleanColumnBuilder(string name, int columnNumber)
    : FloatColumnBuilder(name, columnNumber, CellParsers.ExpectedBoolean)
{
    protected override bool TryParse(ReadOnlySpan<byte> cell, out float value)
    {
        var parsed = CellParsers.TryParseBoolean(cell, out var boolean);
        value = boolean ? 1 : 0;
        return parsed;
    }
}
