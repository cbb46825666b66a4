namespace MlPipeline.Reporting.Curves;

/// <summary>The reliability diagram: predicted probabilities in equal-width bins against how often the event happened.</summary>
public static class Calibration
{
    public const int DefaultBins = 10;

    /// <summary>Bins with no row are left out; a probability of exactly 1 falls in the last bin.</summary>
    public static IReadOnlyList<ReliabilityBin> Compute(IReadOnlyList<double> probabilities, IReadOnlyList<bool> happened, int bins = DefaultBins)
    {
        if (probabilities.Count != happened.Count)
        {
            throw new ArgumentException($"{probabilities.Count} probabilities but {happened.Count} outcomes; pass one outcome per probability.", nameof(happened));
        }

        var sums = new double[bins];
        var positives = new int[bins];
        var counts = new int[bins];
        for (var i = 0; i < probabilities.Count; i++)
        {
            var bin = Math.Clamp((int)(probabilities[i] * bins), 0, bins - 1);
            sums[bin] += probabilities[i];
            positives[bin] += happened[i] ? 1 : 0;
            counts[bin]++;
        }

        return [.. Enumerable.Range(0, bins)
            .Where(b => counts[b] > 0)
            .Select(b => new ReliabilityBin((double)b / bins, (double)(b + 1) / bins, sums[b] / counts[b], (double)positives[b] / counts[b], counts[b]))];
    }
}
