using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>
/// A column's distinct values, collected in the second pass only as far as the decision needs them: once there are
/// more than the limit of them and one has repeated, the column can be neither a category nor an id,
/// and collecting stops.
/// </summary>
internal sealed class DistinctValues
{
    private readonly int _limit;
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Utf8Text _text = new();

    public DistinctValues(int limit)
    {
        _limit = limit;
        _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether some value occurs twice.</summary>
    public bool Repeats { get; private set; }

    /// <summary>More than the limit: not a category list, and <see cref="Values"/> is incomplete.</summary>
    public bool Exceeded => _values.Count > _limit;

    public IReadOnlyCollection<string> Values => _values;

    public void Add(ReadOnlySpan<byte> cell)
    {
        if (Repeats && Exceeded)
            return;

        Repeats |= !_lookup.Add(_text.Decode(cell));
    }
}
