using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>What one column's raw cells have shown so far: which types they all fit, their range and their distinct values.</summary>
internal sealed class ColumnObservations
{
    private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _distinctLookup;
    private readonly Utf8Text _text = new();

    public ColumnObservations(string name)
    {
        Name = name;
        _distinctLookup = _distinct.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name { get; }

    public int Missing { get; private set; }

    public int Present { get; private set; }

    public bool AllBoolean { get; private set; } = true;

    public bool AllInteger { get; private set; } = true;

    public bool AllNumeric { get; private set; } = true;

    public bool AllDateTime { get; private set; } = true;

    /// <summary>The smallest number seen, while <see cref="AllNumeric"/> holds.</summary>
    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public IReadOnlyCollection<string> Distinct => _distinct;

    public void AddMissing() => Missing++;

    public void Add(ReadOnlySpan<byte> cell)
    {
        Present++;
        AllBoolean = AllBoolean && CellParsers.TryParseBoolean(cell, out _);
        AllInteger = AllInteger && CellParsers.TryParseInteger(cell, out _);
        if (AllNumeric && CellParsers.TryParseNumber(cell, out double number))
        {
            Min = Math.Min(Min, number);
            Max = Math.Max(Max, number);
        }
        else
        {
            AllNumeric = false;
        }

        var text = _text.Decode(cell);
        AllDateTime = AllDateTime && CellParsers.TryParseDateTime(text, out _);
        if (!_distinctLookup.Contains(text))
            _distinctLookup.Add(text);
    }
}
