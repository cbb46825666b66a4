using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Splits.SplitTables;

namespace MlPipeline.Data.Tests.Splits;

public sealed class StratifiedSplits
{
    [Fact]
    public void EachSplitGetsItsExactSizeAndItsShareOfEveryClass()
    {
        var table = Classes(50, 30, 20);

        var split = DataSplitter.Split(table, ClassSchema(3), Options());

        Assert.Equal((70, 15, 15), (split.Train.Length, split.Validation.Length, split.Benchmark.Length));
        // 50/30/20 × 70/15/15 ÷ 100 = 35, 7.5, 7.5 | 21, 4.5, 4.5 | 14, 3, 3, tied halves going to the earlier class and split.
        Assert.Equal([35, 21, 14], CountPerClass(table, split.Train, 3));
        Assert.Equal([8, 4, 3], CountPerClass(table, split.Validation, 3));
        Assert.Equal([7, 5, 3], CountPerClass(table, split.Benchmark, 3));
    }

    [Fact]
    public void TheSplitsAreDisjointAscendingAndCoverEveryLabelledRow()
    {
        var table = Classes(41, 17, 9);

        var split = DataSplitter.Split(table, ClassSchema(3), Options(train: 0.6, validation: 0.3, benchmark: 0.1));

        int[] all = [.. split.Train, .. split.Validation, .. split.Benchmark];
        Assert.Equal(Enumerable.Range(0, 67), all.Order());
        Assert.All(new[] { split.Train, split.Validation, split.Benchmark }, rows => Assert.Equal(rows.Order(), rows));
    }

    [Fact]
    public void EveryClassShareInEverySplitIsWithinOneRowOfExact()
    {
        int[] counts = [37, 23, 11, 5];
        var table = Classes(counts);

        var split = DataSplitter.Split(table, ClassSchema(4), Options(seed: 9, train: 0.6, validation: 0.25, benchmark: 0.15));

        foreach (var rows in new[] { split.Train, split.Validation, split.Benchmark })
        {
            var perClass = CountPerClass(table, rows, 4);
            for (var c = 0; c < 4; c++)
                Assert.InRange(perClass[c], counts[c] * rows.Length / 76.0 - 1, counts[c] * rows.Length / 76.0 + 1);
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameSplitAndAnotherSeedADifferentOne()
    {
        var table = Classes(30, 30);
        var schema = ClassSchema(2, TaskKind.Binary);

        var first = DataSplitter.Split(table, schema, Options(seed: 1));
        var again = DataSplitter.Split(table, schema, Options(seed: 1));
        var other = DataSplitter.Split(table, schema, Options(seed: 2));

        Assert.Equal(first.Train, again.Train);
        Assert.Equal(first.Validation, again.Validation);
        Assert.Equal(first.Benchmark, again.Benchmark);
        Assert.NotEqual(first.Benchmark, other.Benchmark);
    }

    [Fact]
    public void TheSplitIsTheSameOnEveryMachineAndVersion()
    {
        var split = DataSplitter.Split(Classes(6, 4), ClassSchema(2, TaskKind.Binary), Options(seed: 42, train: 0.6, validation: 0.2, benchmark: 0.2));

        // A change here moves every existing split. Two stages, each a SplitMix64(42) Fisher–Yates shuffle per class
        // dealt in shuffled order: first the benchmark (0.2 of each class: rows 1 and 8, as the Python replica of the
        // one-stage rules found for the benchmark), then train : validation = 3 : 1 over the rest. These indices were
        // recorded from the two-stage splitter when it replaced the one-stage one.
        Assert.Equal([0, 2, 3, 5, 6, 9], split.Train);
        Assert.Equal([4, 7], split.Validation);
        Assert.Equal([1, 8], split.Benchmark);
    }

    [Fact]
    public void AClassOfThreeRowsHasARowInEverySplit()
    {
        var table = Classes(3, 97);

        var split = DataSplitter.Split(table, ClassSchema(2, TaskKind.Binary), Options(train: 0.8, validation: 0.1, benchmark: 0.1));

        Assert.Equal([1, 79], CountPerClass(table, split.Train, 2));
        Assert.Equal([1, 9], CountPerClass(table, split.Validation, 2));
        Assert.Equal([1, 9], CountPerClass(table, split.Benchmark, 2));
    }

    [Fact]
    public void RowsWithoutALabelAreInNoSplit()
    {
        var labels = Enumerable.Range(0, 40).Select(i => i % 4 == 3 ? CategoricalColumn.Missing : i % 2).ToArray();
        var table = Table(Features(40), new CategoricalColumn("y", labels, ["c0", "c1"]));

        var split = DataSplitter.Split(table, ClassSchema(2, TaskKind.Binary), Options());

        int[] all = [.. split.Train, .. split.Validation, .. split.Benchmark];
        Assert.Equal(Enumerable.Range(0, 40).Where(i => i % 4 != 3), all.Order());
        // 30 labelled rows × (0.7, 0.15, 0.15) = 21, 4.5, 4.5: the tied half goes to validation.
        Assert.Equal((21, 5, 4), (split.Train.Length, split.Validation.Length, split.Benchmark.Length));
    }

    [Fact]
    public void ARegressionLabelIsStratifiedOnItsDeciles()
    {
        // y = 37·i mod 100 is a permutation of 0…99, so each decile bin [0, 9.9), [9.9, 19.8), … holds 10 rows.
        var labels = Enumerable.Range(0, 100).Select(i => (double)(37 * i % 100)).ToArray();
        var table = Table(Features(100), Labels(labels));

        var split = DataSplitter.Split(table, RegressionSchema(), Options());

        // Two stages stratify on the deciles of the rows each stage sees, so a decile of the whole keeps 7 ± 1 train rows.
        Assert.All(split.Train.GroupBy(r => (int)labels[r] / 10), bin => Assert.InRange(bin.Count(), 6, 8));
        Assert.Equal((70, 15, 15), (split.Train.Length, split.Validation.Length, split.Benchmark.Length));
        Assert.Equal(10, split.Benchmark.GroupBy(r => (int)labels[r] / 10).Count(bin => bin.Count() is 1 or 2));
        Assert.All(split.Validation.GroupBy(r => (int)labels[r] / 10), bin => Assert.InRange(bin.Count(), 1, 3));
    }

    [Theory]
    [InlineData(SplitStrategy.Stratified)]
    [InlineData(SplitStrategy.Random)]
    public void ATableWithoutLabelledRowsSplitsIntoNothing(SplitStrategy strategy)
    {
        var table = Table(Features(4), new CategoricalColumn("y", [-1, -1, -1, -1], ["c0", "c1"]));

        var split = DataSplitter.Split(table, ClassSchema(2, TaskKind.Binary), Options(strategy));

        Assert.Equal(0, split.Train.Length + split.Validation.Length + split.Benchmark.Length);
    }

    [Fact]
    public void ARegressionLabelThatIsNotNumericIsRefused()
    {
        var table = Classes(5, 5);
        var schema = ClassSchema(2) with { Task = TaskKind.Regression };

        var error = Assert.Throws<ArgumentException>(() => DataSplitter.Split(table, schema, Options()));

        Assert.StartsWith("The label \"y\" of rows.csv is not numeric, so a regression split cannot bin it;", error.Message);
    }

    private static int[] CountPerClass(DataTable table, int[] rows, int classes)
    {
        var codes = ClassesOf(table, rows);
        return Enumerable.Range(0, classes).Select(c => codes.Count(code => code == c)).ToArray();
    }
}
