using MlPipeline.Data.Splits;

namespace MlPipeline.Data.Tests.Splits;

public sealed class Apportionments
{
    [Fact]
    public void SplitSizesGiveTheLeftOverRowsToTheLargestRemainders()
    {
        // 101 × (0.7, 0.15, 0.15) = 70.7, 15.15, 15.15: floors 70 + 15 + 15 = 100, the one left over goes to train (0.7).
        Assert.Equal([71, 15, 15], Apportionment.Sizes(101, [0.7, 0.15, 0.15]));
        // 10 × (0.5, 0.25, 0.25) = 5, 2.5, 2.5: the tie of remainders goes to the earlier split.
        Assert.Equal([5, 3, 2], Apportionment.Sizes(10, [0.5, 0.25, 0.25]));
    }

    [Fact]
    public void SplitSizesFollowTheRatioWhenTheFractionsDoNotSumToOne() =>
        // A pinned benchmark leaves train:validation = 0.6:0.2, i.e. 3:1 of 20 rows.
        Assert.Equal([15, 5, 0], Apportionment.Sizes(20, [0.6, 0.2, 0]));

    [Fact]
    public void EveryStratumGetsItsShareOfEverySplitRoundedByLargestRemainder()
    {
        // Shares of 50/30/20 rows in splits of 70/15/15: 35, 7.5, 7.5 | 21, 4.5, 4.5 | 14, 3, 3. The four .5 remainders tie,
        // so the earlier stratum and split win: class 0 rounds validation up, class 1 rounds the benchmark up.
        var counts = Apportionment.ByStratum([50, 30, 20], [70, 15, 15], [0.7, 0.15, 0.15]);

        Assert.Equal(new[,] { { 35, 8, 7 }, { 21, 4, 5 }, { 14, 3, 3 } }, counts);
    }

    [Fact]
    public void WhenTheLargestRemaindersConflictAnAugmentingPathStillKeepsEverySum()
    {
        // Every share is 2 × 2 / 6 = 0.67. Largest remainders first give strata 0 and 1 train and validation, leaving
        // stratum 2 needing two rows from the benchmark alone; the path 2 → train → 0 → benchmark moves stratum 0's train
        // row to the benchmark and gives train to stratum 2.
        var counts = Apportionment.ByStratum([2, 2, 2], [2, 2, 2], [0.34, 0.33, 0.33]);

        Assert.Equal(new[,] { { 0, 1, 1 }, { 1, 1, 0 }, { 1, 0, 1 } }, counts);
    }

    [Fact]
    public void AClassOfThreeRowsGetsOneRowInEverySplitAndTheSplitSizesStay()
    {
        // 3 × (0.8, 0.1, 0.1) rounds to 3, 0, 0; the class keeps one row per split, taken from its train share, and the
        // large class (9.7 rows per small split, rounded to 10) gives a validation and a benchmark row back to train.
        var counts = Apportionment.ByStratum([3, 97], [80, 10, 10], [0.8, 0.1, 0.1]);

        Assert.Equal(new[,] { { 1, 1, 1 }, { 79, 9, 9 } }, counts);
    }

    [Fact]
    public void ASplitWithAZeroFractionGetsNoRowsFromAClassOfThree()
    {
        var counts = Apportionment.ByStratum([3], [2, 1, 0], [0.75, 0.25, 0]);

        Assert.Equal(new[,] { { 2, 1, 0 } }, counts);
    }

    [Theory]
    [InlineData(7, 13, 29, 0.6, 0.25, 0.15)]
    [InlineData(1, 1, 1, 0.5, 0.3, 0.2)]
    [InlineData(100, 4, 17, 0.8, 0.1, 0.1)]
    [InlineData(5, 5, 5, 0.34, 0.33, 0.33)]
    public void EveryCellIsItsShareRoundedDownOrUp(int a, int b, int c, double train, double validation, double benchmark)
    {
        int[] strata = [a, b, c];
        var splits = Apportionment.Sizes(strata.Sum(), [train, validation, benchmark]);

        // Zero fractions switch the one-row minimum off, so this sees the rounding alone.
        var counts = Apportionment.ByStratum(strata, splits, [0, 0, 0]);

        for (var stratum = 0; stratum < 3; stratum++)
        {
            Assert.Equal(strata[stratum], Enumerable.Range(0, 3).Sum(split => counts[stratum, split]));
            for (var split = 0; split < 3; split++)
            {
                var share = (double)strata[stratum] * splits[split] / strata.Sum();
                Assert.InRange(counts[stratum, split], Math.Floor(share), Math.Ceiling(share));
            }
        }

        for (var split = 0; split < 3; split++)
            Assert.Equal(splits[split], Enumerable.Range(0, 3).Sum(stratum => counts[stratum, split]));
    }
}
