using System.Diagnostics;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;
using Xunit.Abstractions;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class BootstrapIntervalProperties(ITestOutputHelper output)
{
    [Fact]
    public void EveryIntervalContainsItsPointEstimate()
    {
        var (truth, positive) = SyntheticModels.Binary(rows: 500, signal: 1.0, seed: 1);

        var point = MetricsCalculator.Classification(truth, positive, classCount: 2);
        var intervals = BootstrapIntervals.Compute(truth, positive, classCount: 2);

        Assert.Equal(MetricNames.Classification, intervals.Keys);
        Assert.All(point.Values, pair =>
        {
            var interval = intervals[pair.Key];
            Assert.True(interval.Low < interval.High, $"{pair.Key}: [{interval.Low}, {interval.High}] is empty");
            Assert.True(interval.Contains(pair.Value), $"{pair.Key} = {pair.Value} outside [{interval.Low}, {interval.High}]");
            Assert.Equal(1000, interval.Replicates);
        });
    }

    [Fact]
    public void RegressionIntervalsContainTheirPointEstimates()
    {
        var (truth, predicted, _) = SyntheticModels.RegressionPair(rows: 400, noiseA: 1.0, noiseB: 0.5, seed: 2);

        var point = MetricsCalculator.Regression(truth, predicted);
        var intervals = BootstrapIntervals.Compute(truth, predicted);

        Assert.All(point.Values, pair => Assert.True(intervals[pair.Key].Contains(pair.Value), pair.Key));
    }

    [Fact]
    public void TheSameSeedGivesTheSameIntervalsAndAnotherSeedOthers()
    {
        var (truth, probabilities) = SyntheticModels.Multiclass(rows: 300, classes: 3, signal: 1.0, seed: 3);

        var first = BootstrapIntervals.Compute(truth, probabilities, 3, new BootstrapOptions { Seed = 11 });
        var again = BootstrapIntervals.Compute(truth, probabilities, 3, new BootstrapOptions { Seed = 11 });
        var other = BootstrapIntervals.Compute(truth, probabilities, 3, new BootstrapOptions { Seed = 12 });

        Assert.Equal(first, again);
        Assert.NotEqual(first[MetricNames.LogLoss], other[MetricNames.LogLoss]);
    }

    [Fact]
    public void MoreRowsGiveNarrowerIntervals()
    {
        var (smallTruth, smallPositive) = SyntheticModels.Binary(rows: 100, signal: 1.0, seed: 4);
        var (largeTruth, largePositive) = SyntheticModels.Binary(rows: 3000, signal: 1.0, seed: 4);

        var small = BootstrapIntervals.Compute(smallTruth, smallPositive, 2);
        var large = BootstrapIntervals.Compute(largeTruth, largePositive, 2);

        // The width shrinks like 1/√n: about √30 ≈ 5.5 times; 3 leaves room for sampling noise.
        foreach (var metric in new[] { MetricNames.Accuracy, MetricNames.RocAuc, MetricNames.LogLoss })
        {
            var smallWidth = small[metric].High - small[metric].Low;
            var largeWidth = large[metric].High - large[metric].Low;
            Assert.True(largeWidth * 3 < smallWidth, $"{metric}: {largeWidth} (3000 rows) vs {smallWidth} (100 rows)");
        }
    }

    [Fact]
    public void ReplicatesWithoutAPositiveRowAreSkippedForTheRankingMetricsOnly()
    {
        // One positive in 10 rows: a resample misses it with probability 0.9^10 ≈ 35 %.
        int[] truth = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
        float[] positive = [0.1f, 0.2f, 0.3f, 0.4f, 0.1f, 0.2f, 0.6f, 0.2f, 0.1f, 0.7f];

        var intervals = BootstrapIntervals.Compute(truth, positive, 2);

        Assert.Equal(1000, intervals[MetricNames.Accuracy].Replicates);
        Assert.InRange(intervals[MetricNames.RocAuc].Replicates, 600, 700);
        Assert.Equal(intervals[MetricNames.RocAuc].Replicates, intervals[MetricNames.PrAuc].Replicates);
    }

    [Fact]
    public void AMetricUndefinedInEveryReplicateHasNoInterval()
    {
        var intervals = BootstrapIntervals.Compute([0, 0, 0], [0.2f, 0.3f, 0.4f], 2, new BootstrapOptions { Replicates = 50 });

        Assert.False(intervals.ContainsKey(MetricNames.RocAuc));
        Assert.True(intervals.ContainsKey(MetricNames.Accuracy));
    }

    [Fact]
    public void AResampleScoredByCountsEqualsTheMetricsOfTheCopiedRows()
    {
        var (truth, probabilities) = SyntheticModels.Multiclass(rows: 200, classes: 4, signal: 0.8, seed: 5);
        var counts = new int[truth.Length];
        Resampler.Draw(seed: 9, replicate: 3, counts);

        var copiedTruth = new List<int>();
        var copiedProbabilities = new List<float>();
        for (var row = 0; row < truth.Length; row++)
        {
            for (var copy = 0; copy < counts[row]; copy++)
            {
                copiedTruth.Add(truth[row]);
                copiedProbabilities.AddRange(probabilities.AsSpan(row * 4, 4));
            }
        }

        var expected = MetricsCalculator.Classification([.. copiedTruth], [.. copiedProbabilities], 4).Values;
        var values = new double[MetricNames.Classification.Count];
        new ClassificationScorer(truth, probabilities, 4).Score(counts, values);

        Assert.Equal(truth.Length, counts.Sum());
        for (var i = 0; i < values.Length; i++)
        {
            Assert.Equal(expected[MetricNames.Classification[i]], values[i], 1e-12);
        }
    }

    [Fact]
    public void PercentilesInterpolateLikeNumpy()
    {
        // np.percentile([3,1,4,1.5,5,9,2,6], [2.5, 97.5]) == [1.0875, 8.475000000000001]
        double[] values = [3, 1, 4, 1.5, 5, 9, 2, 6];

        var (low, high) = Percentile.Central(values, 0.95);

        Assert.Equal(1.0875, low, 1e-12);
        Assert.Equal(8.475000000000001, high, 1e-12);
    }

    [Fact]
    public void AThousandReplicatesOfFiveThousandRowsTakeLessThanAFewSeconds()
    {
        var (truth, probabilities) = SyntheticModels.Multiclass(rows: 5000, classes: 5, signal: 1.0, seed: 6);

        var stopwatch = Stopwatch.StartNew();
        var intervals = BootstrapIntervals.Compute(truth, probabilities, 5);
        stopwatch.Stop();

        output.WriteLine($"1000 × 5000 rows × 5 classes: {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(9, intervals.Count);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }
}
