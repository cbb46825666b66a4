using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class NumberColumnBuilder(string name, int columnNumber)
    : FloatColumnBuilder(name, columnNumber, CellParsers.ExpectedNumber)
{
    protected override bool TryParse(ReadOnlySpan<byte> cell, out float value) => CellParsers.TryParseNumber(cell, out value);
}
