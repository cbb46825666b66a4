using System.Text.Json;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Tests.Hashing;
using static MlPipeline.Data.Tests.Splits.SplitTables;

namespace MlPipeline.Data.Tests.Splits;

public sealed class Pins
{
    private static readonly DatasetSchema Schema = ClassSchema(3, withTime: true);

    [Fact]
    public void APinListsTheSortedRowHashesAndTheirDigestLikePython()
    {
        var pin = BenchmarkPin.Create(HashTables.Default(), HashTables.Schema(), [1, 0]);

        // The row hashes of HashTables' rows (see RowHashes), sorted; then
        // "sha256:" + hashlib.sha256("".join(h + "\n" for h in hashes).encode()).hexdigest()
        Assert.Equal(["0fce39676c3ebc4de520024c1cb2852f", "9ee8e2b4a59b29c1c80cf0097c5d419d"], pin.RowHashes);
        Assert.Equal("sha256:a8223e8183b8d83d5d691e48b07462741c2eb556c5533780aa3171a779659dbb", pin.RowsHash);
        Assert.Equal((1, 2), (pin.FormatVersion, pin.RowCount));
    }

    [Theory]
    [InlineData(SplitStrategy.Stratified)]
    [InlineData(SplitStrategy.Random)]
    [InlineData(SplitStrategy.TimeOrdered)]
    public void AppendedRowsAndAShuffledFileKeepExactlyThePinnedRowsAsBenchmark(SplitStrategy strategy)
    {
        var original = Original();
        var first = DataSplitter.Split(original, Schema, Options(strategy));
        var pin = BenchmarkPin.Create(original, Schema, first.Benchmark);
        // The file reordered (row i moves to 41·i mod 100) with 20 new rows after it.
        var order = Enumerable.Range(0, 100).Select(i => 41 * i % 100).ToArray();
        var grown = Grown(Rows(original, order), 20);

        var split = DataSplitter.Split(grown, Schema, Options(strategy, seed: 77), pin);

        Assert.Equal(first.Benchmark.Select(r => X(original, r)).Order(), split.Benchmark.Select(r => X(grown, r)).Order());
        // The other 105 rows in the ratio 0.7 : 0.15: 86.47 and 18.53, the left-over row to validation's larger remainder.
        Assert.Equal((86, 19, 15), (split.Train.Length, split.Validation.Length, split.Benchmark.Length));
        Assert.Equal(Enumerable.Range(0, 120), split.Train.Concat(split.Validation).Concat(split.Benchmark).Order());
    }

    [Theory]
    [InlineData(SplitStrategy.Stratified)]
    [InlineData(SplitStrategy.Random)]
    [InlineData(SplitStrategy.TimeOrdered)]
    public void APinOfASplitReproducesThatSplitExactly(SplitStrategy strategy)
    {
        // What keeps retraining reproducible: the first run pins its benchmark, the second splits with the pin and
        // must train on the very same rows, or the model changes although nothing else did.
        var table = Original();
        var first = DataSplitter.Split(table, Schema, Options(strategy));

        var again = DataSplitter.Split(table, Schema, Options(strategy), BenchmarkPin.Create(table, Schema, first.Benchmark));

        Assert.Equal(first.Train, again.Train);
        Assert.Equal(first.Validation, again.Validation);
        Assert.Equal(first.Benchmark, again.Benchmark);
    }

    [Fact]
    public void TheBenchmarkFractionIsIgnoredWhenAPinIsGiven()
    {
        var original = Original();
        var pin = BenchmarkPin.Create(original, Schema, [3, 30, 60]);

        var split = DataSplitter.Split(original, Schema, Options(train: 0.5, validation: 0.1, benchmark: 0.4), pin);

        Assert.Equal([3, 30, 60], split.Benchmark);
        // 97 rows at 5 : 1 = 80.83 and 16.17.
        Assert.Equal((81, 16), (split.Train.Length, split.Validation.Length));
    }

    [Fact]
    public void RemovedPinnedRowsAreCountedAsMissing()
    {
        var original = Original();
        var pin = BenchmarkPin.Create(original, Schema, [5, 6, 7, 8]);
        var shrunk = Rows(original, Enumerable.Range(0, 100).Where(r => r is not (6 or 8)).ToArray());

        var match = pin.Match(shrunk, Schema);

        Assert.Equal([5, 6], match.Rows); // rows 5 and 7 of the original, now at 5 and 6
        Assert.Equal(2, match.MissingCount);
        Assert.Equal([5, 6], DataSplitter.Split(shrunk, Schema, Options(), pin).Benchmark);
    }

    [Fact]
    public void EveryCopyOfAPinnedRowMatches()
    {
        var original = Original();
        var pin = BenchmarkPin.Create(original, Schema, [10, 11]);
        var doubled = Rows(original, [.. Enumerable.Range(0, 100), 11, 10, 11]);

        var match = pin.Match(doubled, Schema);

        Assert.Equal([10, 11, 100, 101, 102], match.Rows);
        Assert.Equal(0, match.MissingCount);
        Assert.Equal(2, pin.RowCount);
    }

    [Fact]
    public void PinsOfTheSameRowsAreEqualWhateverTheOrderOrRepeatsOfTheIndices() =>
        Assert.Equal(BenchmarkPin.Create(Original(), Schema, [1, 2]), BenchmarkPin.Create(Original(), Schema, [2, 1, 2]));

    [Fact]
    public void APinRoundTripsThroughJsonAndIsCheckedWhenRead()
    {
        var pin = BenchmarkPin.Create(Original(), Schema, [4, 9]);
        var json = JsonSerializer.Serialize(pin);

        Assert.Equal(pin, JsonSerializer.Deserialize<BenchmarkPin>(json));
        Assert.Throws<ArgumentException>(() => JsonSerializer.Deserialize<BenchmarkPin>(json.Replace(pin.RowHashes[0], pin.RowHashes[0].Replace('0', '1').Replace('a', 'b'))));
    }

    [Fact]
    public void ARowOutsideTheTableCannotBePinned()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkPin.Create(Original(), Schema, [0, 100]));

        Assert.StartsWith("Row 100 is not a row of rows.csv, which has 100 rows (indices 0 to 99).", error.Message);
    }

    [Fact]
    public void AnAlteredPinIsRefused()
    {
        var pin = BenchmarkPin.Create(Original(), Schema, [1, 2, 3]);
        string[] fewer = [pin.RowHashes[0], pin.RowHashes[1]];

        var edited = Assert.Throws<ArgumentException>(() => new BenchmarkPin(1, 3, pin.RowsHash, fewer));
        var unsorted = Assert.Throws<ArgumentException>(() => new BenchmarkPin(1, 3, pin.RowsHash, pin.RowHashes.Reverse().ToArray()));
        var newer = Assert.Throws<ArgumentException>(() => new BenchmarkPin(2, 3, pin.RowsHash, pin.RowHashes));
        var malformed = Assert.Throws<ArgumentException>(() => new BenchmarkPin(1, 3, pin.RowsHash, ["ABC"]));

        Assert.Contains("is not the hash of its row hashes", edited.Message);
        Assert.Contains("row hashes are not ascending and distinct at 1", unsorted.Message);
        Assert.StartsWith("The benchmark pin has format version 2; this version reads only 1.", newer.Message);
        Assert.StartsWith("Row hash 0 of the benchmark pin, \"ABC\", is not 32 lowercase hex digits;", malformed.Message);
    }

    /// <summary>100 distinct rows of classes 50/30/20, row i at hour i.</summary>
    private static DataTable Original()
    {
        var table = Classes(50, 30, 20);
        return table with { Columns = [.. table.Columns, Times(Enumerable.Range(0, 100).Select(i => (int?)i))] };
    }

    /// <summary><paramref name="table"/> and <paramref name="count"/> new rows of class 0 after it, later than every other row.</summary>
    private static DataTable Grown(DataTable table, int count) =>
        new(table.Source, [
            new NumericColumn("x", [.. ((NumericColumn)table["x"]).Values, .. Enumerable.Range(1000, count).Select(i => (float)i)]),
            new CategoricalColumn("y", [.. ((CategoricalColumn)table["y"]).Codes, .. new int[count]], ((CategoricalColumn)table["y"]).Categories),
            new DateTimeColumn("t", [.. ((DateTimeColumn)table["t"]).Ticks, .. Enumerable.Range(1000, count).Select(h => Start.AddHours(h).Ticks)]),
        ], Enumerable.Range(2, table.RowCount + count).ToArray());

    private static float X(DataTable table, int row) => ((NumericColumn)table["x"]).Values[row];
}
