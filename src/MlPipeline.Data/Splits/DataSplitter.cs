using MlPipeline.Data.Hashing;
using MlPipeline.Data.Randomness;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Splits;

/// <summary>Divides a dataset's labelled rows into train, validation and benchmark.</summary>
public static class DataSplitter
{
    /// <summary>
    /// Splits the rows whose label is present; rows without a label are in no split. Rows of identical content always
    /// land in the same split. The same table, options and seed give the same split on every machine.
    /// </summary>
    /// <param name="pin">
    /// When given, the rows whose content it pins are the benchmark whatever the strategy, the benchmark fraction is
    /// ignored, and the other labelled rows are split into train and validation in the ratio of their fractions.
    /// </param>
    /// <returns>Each split's row indices, ascending.</returns>
    /// <exception cref="ArgumentException">
    /// A time-ordered split without a time column or with rows missing their time, or a label that cannot be stratified.
    /// </exception>
    /// <exception cref="InvalidOperationException">The schema declares no label, or more than one.</exception>
    /// <exception cref="KeyNotFoundException">The table lacks the label or time column.</exception>
    public static DatasetSplit Split(DataTable table, DatasetSchema schema, SplitOptions options, BenchmarkPin? pin = null) =>
        Split(table, schema, RowHasher.Hash(table, schema), options, pin);

    /// <summary>As <see cref="Split(DataTable, DatasetSchema, SplitOptions, BenchmarkPin?)"/>, with the table's row hashes already taken.</summary>
    /// <param name="rowHashes">The table's <see cref="RowHasher"/> hashes, one per row.</param>
    /// <exception cref="ArgumentException">There are not as many row hashes as rows, or as for the other overload.</exception>
    public static DatasetSplit Split(DataTable table, DatasetSchema schema, UInt128[] rowHashes, SplitOptions options, BenchmarkPin? pin = null)
    {
        RowHasher.RequireOnePerRow(table, rowHashes);
        var label = table[schema.Label.Name];
        var candidates = Enumerable.Range(0, table.RowCount).Where(row => !label.IsMissing(row)).ToArray();

        // Two stages, the benchmark first, so a pin made from this split reproduces it exactly: with the pin the
        // second stage sees the same remaining rows and deals them the same way, and the model trains on the same rows.
        int[] benchmark;
        if (pin is null)
        {
            var first = Deal(candidates, [options.TrainFraction + options.ValidationFraction, 0, options.BenchmarkFraction], table, schema, label, rowHashes, options);
            benchmark = first.Benchmark;
        }
        else
        {
            benchmark = pin.Match(rowHashes).Rows.Where(row => !label.IsMissing(row)).ToArray();
        }

        var pinned = benchmark.ToHashSet();
        var rest = candidates.Where(row => !pinned.Contains(row)).ToArray();
        var second = Deal(rest, [options.TrainFraction, options.ValidationFraction, 0], table, schema, label, rowHashes, options);
        Array.Sort(benchmark);
        return second with { Benchmark = benchmark };
    }

    private static DatasetSplit Deal(int[] rows, double[] fractions, DataTable table, DatasetSchema schema, DataColumn label, UInt128[] hashes, SplitOptions options)
    {
        var dealer = new SplitDealer();
        var groups = RowGroups.Of(rows, hashes);
        switch (options.Strategy)
        {
            case SplitStrategy.TimeOrdered:
                dealer.Deal(TimeOrder.Sort(groups, table, schema), Apportionment.Sizes(groups.Sum(g => g.Length), fractions));
                break;
            case SplitStrategy.Random:
                Shuffled(dealer, groups, new int[groups.Length], fractions, options.Seed);
                break;
            case SplitStrategy.Stratified:
                Shuffled(dealer, groups, Strata.Of(groups, label, schema.Task, table.Source), fractions, options.Seed);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Strategy, "Unknown split strategy; choose stratified, random or time-ordered.");
        }

        return dealer.ToSplit();
    }

    private static void Shuffled(SplitDealer dealer, int[][] groups, int[] strata, double[] fractions, int seed)
    {
        var stratumCount = strata.Length == 0 ? 0 : strata.Max() + 1;
        var members = Enumerable.Range(0, stratumCount).Select(_ => new List<int[]>()).ToArray();
        for (var i = 0; i < groups.Length; i++)
            members[strata[i]].Add(groups[i]);

        var stratumSizes = members.Select(m => m.Sum(g => g.Length)).ToArray();
        var splitSizes = Apportionment.Sizes(stratumSizes.Sum(), fractions);
        var counts = Apportionment.ByStratum(stratumSizes, splitSizes, fractions);
        // A negative seed is taken bit for bit, so every int is a distinct seed.
        var random = new SplitMix64(unchecked((ulong)seed));
        for (var stratum = 0; stratum < stratumCount; stratum++)
        {
            var shuffled = members[stratum].ToArray();
            random.Shuffle(shuffled);
            dealer.Deal(shuffled, [counts[stratum, 0], counts[stratum, 1], counts[stratum, 2]]);
        }
    }
}
