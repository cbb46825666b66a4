using System.Runtime.CompilerServices;
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
        // At least 0, so that a quoted empty cell is checked even when no marker is empty.
        _longest = _markers.Length == 0 ? 0 : _markers.Max(m => m.Length);
    }

    // The length test stays apart from the loop so it inlines into the caller: most cells are longer than any marker.
    public bool IsMissing(ReadOnlySpan<byte> cell, bool quoted) => cell.Length <= _longest && Matches(cell, quoted);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Matches(ReadOnlySpan<byte> cell, bool quoted)
    {
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
