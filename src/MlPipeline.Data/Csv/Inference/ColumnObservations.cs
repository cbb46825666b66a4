using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>What one column's raw cells have shown in the first pass: which types they all fit, and their range.</summary>
internal sealed class ColumnObservations(string name)
{
    private readonly Utf8Text _text = new();

    public string Name { get; } = name;

    public int Missing { get; private set; }

    public int Present { get; private set; }

    public bool AllBoolean { get; private set; } = true;

    public bool AllInteger { get; private set; } = true;

    public bool AllNumeric { get; private set; } = true;

    public bool AllDateTime { get; private set; } = true;

    /// <summary>The numbers seen, while <see cref="AllNumeric"/> holds.</summary>
    public ObservedRange Range { get; } = new();

    /// <summary>Neither numbers nor dates: a categorical or a text column, decided by its distinct values.</summary>
    public bool IsCategoricalOrText => Present > 0 && !AllBoolean && !AllNumeric && !AllDateTime;

    public void AddMissing() => Missing++;

    public void Add(ReadOnlySpan<byte> cell)
    {
        Present++;
        AllBoolean = AllBoolean && CellParsers.TryParseBoolean(cell, out _);
        AllInteger = AllInteger && CellParsers.TryParseInteger(cell, out _);
        if (AllNumeric && CellParsers.TryParseNumber(cell, out double number) && CellParsers.TryParseNumber(cell, out float stored))
        {
            Range.Add(number, stored);
        }
        else
        {
            AllNumeric = false;
        }

        AllDateTime = AllDateTime && CellParsers.TryParseDateTime(_text.Decode(cell), out _);
    }
}
