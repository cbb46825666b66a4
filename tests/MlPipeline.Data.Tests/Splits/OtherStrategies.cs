using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using static MlPipeline.Data.Tests.Splits.SplitTables;

namespace MlPipeline.Data.Tests.Splits;

public sealed class OtherStrategies
{
    [Fact]
    public void ARandomSplitHasExactSizesAndDependsOnTheSeed()
    {
        var table = Classes(60, 41);
        var schema = ClassSchema(2, TaskKind.Binary);

        var split = DataSplitter.Split(table, schema, Options(SplitStrategy.Random, seed: 5));
        var again = DataSplitter.Split(table, schema, Options(SplitStrategy.Random, seed: 5));
        var other = DataSplitter.Split(table, schema, Options(SplitStrategy.Random, seed: 6));

        // 101 × (0.7, 0.15, 0.15) = 70.7, 15.15, 15.15.
        Assert.Equal((71, 15, 15), (split.Train.Length, split.Validation.Length, split.Benchmark.Length));
        Assert.Equal(Enumerable.Range(0, 101), split.Train.Concat(split.Validation).Concat(split.Benchmark).Order());
        Assert.Equal(split.Validation, again.Validation);
        Assert.NotEqual(split.Validation, other.Validation);
    }

    [Fact]
    public void ATimeOrderedSplitTrainsOnTheEarliestRowsAndBenchmarksOnTheLatest()
    {
        // Hours 0…39 in a scrambled order (13·i mod 40 is a permutation).
        var hours = Enumerable.Range(0, 40).Select(i => 13 * i % 40).ToArray();
        var table = Table(Features(40), Labels(hours.Select(h => (double)h)), Times(hours.Select(h => (int?)h)));

        var split = DataSplitter.Split(table, RegressionSchema(withTime: true), Options(SplitStrategy.TimeOrdered, train: 0.5, validation: 0.25, benchmark: 0.25));

        Assert.Equal(Enumerable.Range(0, 20), split.Train.Select(r => hours[r]).Order());
        Assert.Equal(Enumerable.Range(20, 10), split.Validation.Select(r => hours[r]).Order());
        Assert.Equal(Enumerable.Range(30, 10), split.Benchmark.Select(r => hours[r]).Order());
    }

    [Fact]
    public void RowsAtTheSameTimeAreOrderedByRowIndexAndTheSeedDoesNotMatter()
    {
        var table = Table(Features(10), Labels(Enumerable.Range(0, 10).Select(i => (double)i)), Times(Enumerable.Repeat<int?>(3, 10)));

        var split = DataSplitter.Split(table, RegressionSchema(withTime: true), Options(SplitStrategy.TimeOrdered, seed: 99, train: 0.6, validation: 0.2, benchmark: 0.2));

        Assert.Equal([0, 1, 2, 3, 4, 5], split.Train);
        Assert.Equal([6, 7], split.Validation);
        Assert.Equal([8, 9], split.Benchmark);
    }

    [Fact]
    public void ATimeOrderedSplitWithoutATimeColumnSaysToAddOne()
    {
        var table = Table(Features(10), Labels(Enumerable.Range(0, 10).Select(i => (double)i)));

        var error = Assert.Throws<ArgumentException>(() => DataSplitter.Split(table, RegressionSchema(), Options(SplitStrategy.TimeOrdered)));

        Assert.StartsWith(
            "A time-ordered split needs a time column, but the schema of rows.csv has none; add \"role\": \"time\" to a datetime column or choose the stratified or random split.",
            error.Message);
    }

    [Fact]
    public void RowsWithoutATimeAreCountedAndTheFirstIsLocated()
    {
        // Row 4 has no label, so its missing time does not matter; rows 2 and 7 (lines 4 and 9) are labelled.
        int?[] hours = [0, 1, null, 3, null, 5, 6, null, 8, 9];
        var labels = Enumerable.Range(0, 10).Select(i => i == 4 ? double.NaN : i);
        var table = Table(Features(10), Labels(labels), Times(hours));

        var error = Assert.Throws<ArgumentException>(() => DataSplitter.Split(table, RegressionSchema(withTime: true), Options(SplitStrategy.TimeOrdered)));

        Assert.StartsWith("2 labelled rows of rows.csv have no value in the time column \"t\" (the first at rows.csv:4);", error.Message);
    }
}
