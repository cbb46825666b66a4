using MlPipeline.Data.Csv.Reading;
using MlPipeline.Data.ModelInputs;

namespace MlPipeline.Data.Csv.Loading;

internal sealed class BooleanColumnBuilder(string name, int columnNumber)
    : FloatColumnBuilder(name, columnNumber, CellParsers.ExpectedBoolean)
{
    protected override bool TryParse(ReadOnlySpan<byte> cell, out float value)
    {
        var parsed = CellParsers.TryParseBoolean(cell, out var boolean);
        value = FeatureValues.OfBoolean(boolean);
        return parsed;
    }
}
