using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Splits.SplitTables;

namespace MlPipeline.Data.Tests.Splits;

public sealed class Duplicates
{
    [Theory]
    [InlineData(SplitStrategy.Stratified)]
    [InlineData(SplitStrategy.Random)]
    [InlineData(SplitStrategy.TimeOrdered)]
    public void CopiesOfARowAlwaysLandInTheSameSplit(SplitStrategy strategy)
    {
        var schema = ClassSchema(2, TaskKind.Binary, withTime: true);
        var distinct = Timed(Classes(30, 30));
        // Rows 0…19 again at the end, and row 45 twice more.
        var table = Rows(distinct, [.. Enumerable.Range(0, 60), .. Enumerable.Range(0, 20), 45, 45]);

        var split = DataSplitter.Split(table, schema, Options(strategy, seed: 3));

        var hashes = RowHasher.Hash(table, schema);
        var splitOf = new Dictionary<UInt128, int>();
        foreach (var (rows, index) in new[] { split.Train, split.Validation, split.Benchmark }.Select((rows, index) => (rows, index)))
        {
            foreach (var row in rows)
                Assert.Equal(index, splitOf.TryAdd(hashes[row], index) ? index : splitOf[hashes[row]]);
        }

        Assert.Equal(82, split.Train.Length + split.Validation.Length + split.Benchmark.Length);
    }

    /// <summary>Adds a time column, row i at hour i.</summary>
    private static DataTable Timed(DataTable table) =>
        table with { Columns = [.. table.Columns, Times(Enumerable.Range(0, table.RowCount).Select(i => (int?)i))] };
}
