using MlPipeline.Data.Randomness;

namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>
/// Runs scorers over bootstrap replicates. A replicate is a count per row (N draws with replacement) and gets its own
/// generator, seeded by the replicate's SplitMix64 output, so results depend on nothing but the seed and the rows.
/// </summary>
internal static class Resampler
{
    /// <summary>One matrix per scorer, [replicate × metric], all scorers seeing the same rows in each replicate.</summary>
    public static double[][] Run(IReadOnlyList<IRowScorer> scorers, BootstrapOptions options)
    {
        var rowCount = scorers[0].RowCount;
        var results = scorers.Select(s => new double[options.Replicates * s.Names.Count]).ToArray();
        var counts = new int[rowCount];
        for (var replicate = 0; replicate < options.Replicates; replicate++)
        {
            Draw(options.Seed, replicate, counts);
            for (var s = 0; s < scorers.Count; s++)
            {
                var width = scorers[s].Names.Count;
                scorers[s].Score(counts, results[s].AsSpan(replicate * width, width));
            }
        }

        return results;
    }

    /// <summary>Fills <paramref name="counts"/> with how often each row is drawn in replicate <paramref name="replicate"/>.</summary>
    public static void Draw(ulong seed, int replicate, Span<int> counts)
    {
        counts.Clear();
        var random = new Xoshiro256StarStar(SplitMix64.At(seed, (ulong)replicate));
        for (var draw = 0; draw < counts.Length; draw++)
        {
            counts[random.NextBelow(counts.Length)]++;
        }
    }
}
