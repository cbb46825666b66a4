using System.Text;

namespace MlPipeline.Data.Csv.Reading;

/// <summary>Recognises the cells that mean "no value", comparing bytes so that no string is made per cell.</summary>
internal sealed class MissingMarkers
{
    private readonly byte[][] _markers;
    private readonly int _longest;

    public MissingMarkers(IReadOnlyList<string> markers)
    {
        _markers = [.. markers.Select(Encoding.UTF8.GetBytes)];
        _longest = _markers.Length == 0 ? -1 : _markers.Max(m => m.Length);
    }

    public bool IsMissing(ReadOnlySpan<byte> cell, bool quoted)
    {
        if (cell.Length > _longest)
            return false;
        if (cell.IsEmpty && quoted)
            return true;

        foreach (var marker in _markers)
        {
            if (cell.SequenceEqual(marker))
                return true;
        }

        return false;
    }
}
