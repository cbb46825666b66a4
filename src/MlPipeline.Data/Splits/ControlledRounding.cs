namespace MlPipeline.Data.Splits;

/// <summary>
/// Rounds the table of exact shares stratum × split (stratum size × split size / total) to whole rows so that every
/// row and column keeps its sum and every cell is its share rounded down or up. Such a rounding always exists (the
/// shares are a point of the transportation polytope, whose vertices are whole); it is found by raising the cells with
/// the largest remainders first and finishing with augmenting paths, as in bipartite matching.
/// </summary>
internal sealed class ControlledRounding
{
    private readonly int _strata;
    private readonly int _splits;
    private readonly int[,] _counts;
    private readonly long[,] _remainders;
    private readonly bool[,] _raised;
    private readonly int[] _stratumNeeds;
    private readonly int[] _splitNeeds;

    public ControlledRounding(IReadOnlyList<int> strata, IReadOnlyList<int> splits)
    {
        _strata = strata.Count;
        _splits = splits.Count;
        _counts = new int[_strata, _splits];
        _remainders = new long[_strata, _splits];
        _raised = new bool[_strata, _splits];
        _stratumNeeds = strata.ToArray();
        _splitNeeds = splits.ToArray();
        long total = strata.Sum();
        for (var stratum = 0; stratum < _strata; stratum++)
        {
            for (var split = 0; split < _splits; split++)
            {
                // Whole-number arithmetic, so a share of exactly 35 is never 34.999… rounded down.
                var share = (long)strata[stratum] * splits[split];
                _counts[stratum, split] = (int)(share / total);
                _remainders[stratum, split] = share % total;
                _stratumNeeds[stratum] -= _counts[stratum, split];
                _splitNeeds[split] -= _counts[stratum, split];
            }
        }
    }

    public int[,] Round()
    {
        var byRemainder =
            from stratum in Enumerable.Range(0, _strata)
            from split in Enumerable.Range(0, _splits)
            where _remainders[stratum, split] > 0
            orderby _remainders[stratum, split] descending, stratum, split
            select (stratum, split);
        foreach (var (stratum, split) in byRemainder)
        {
            if (_stratumNeeds[stratum] > 0 && _splitNeeds[split] > 0)
                Raise(stratum, split);
        }

        for (var stratum = 0; stratum < _strata; stratum++)
        {
            while (_stratumNeeds[stratum] > 0)
            {
                if (!Augment(stratum))
                    throw new InvalidOperationException($"No whole-row split of stratum {stratum} exists; this is a bug in the split apportionment.");
            }
        }

        var counts = (int[,])_counts.Clone();
        for (var stratum = 0; stratum < _strata; stratum++)
            for (var split = 0; split < _splits; split++)
                counts[stratum, split] += _raised[stratum, split] ? 1 : 0;
        return counts;
    }

    private void Raise(int stratum, int split)
    {
        _raised[stratum, split] = true;
        _stratumNeeds[stratum]--;
        _splitNeeds[split]--;
    }

    /// <summary>
    /// Breadth-first search for stratum → split (raise) → stratum (lower) → … ending at a split that still needs a row;
    /// flipping the path moves one raised cell into that split without changing any other sum.
    /// </summary>
    private bool Augment(int start)
    {
        var cameFromStratum = Enumerable.Repeat(-1, _splits).ToArray();
        var cameFromSplit = Enumerable.Repeat(-1, _strata).ToArray();
        var seen = new bool[_strata];
        var queue = new Queue<int>([start]);
        seen[start] = true;
        while (queue.TryDequeue(out var stratum))
        {
            for (var split = 0; split < _splits; split++)
            {
                if (_remainders[stratum, split] == 0 || _raised[stratum, split] || cameFromStratum[split] >= 0)
                    continue;
                cameFromStratum[split] = stratum;
                if (_splitNeeds[split] > 0)
                {
                    Flip(start, split, cameFromStratum, cameFromSplit);
                    return true;
                }

                for (var other = 0; other < _strata; other++)
                {
                    if (_raised[other, split] && !seen[other])
                    {
                        seen[other] = true;
                        cameFromSplit[other] = split;
                        queue.Enqueue(other);
                    }
                }
            }
        }

        return false;
    }

    private void Flip(int start, int end, int[] cameFromStratum, int[] cameFromSplit)
    {
        _stratumNeeds[start]--;
        _splitNeeds[end]--;
        var split = end;
        while (true)
        {
            var stratum = cameFromStratum[split];
            _raised[stratum, split] = true;
            if (stratum == start)
                return;
            split = cameFromSplit[stratum];
            _raised[stratum, split] = false;
        }
    }
}
