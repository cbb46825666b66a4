using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// A 128-bit content hash per row: the first 16 bytes (two little-endian 64-bit halves) of the SHA-256 of the row's
/// canonical text over the columns that carry data (every role but id and ignore), so the same observation has the
/// same hash in any file: what duplicate and leakage checks and the benchmark pin compare.
/// </summary>
public static class RowHasher
{
    public static UInt128[] Hash(DataTable table, DatasetSchema schema) => Hash(table, schema, TableHashes.AllRows(table));

    /// <summary>The hashes of just <paramref name="rows"/> (indexes into the table), in their order.</summary>
    public static UInt128[] Hash(DataTable table, DatasetSchema schema, IReadOnlyList<int> rows)
    {
        var hashes = new UInt128[rows.Count];
        HashPass.Run(table, schema, rows, hashes, withDataHash: false);
        return hashes;
    }

    /// <exception cref="ArgumentException"><paramref name="rowHashes"/> does not hold one hash per row of <paramref name="table"/>.</exception>
    internal static void RequireOnePerRow(DataTable table, UInt128[] rowHashes)
    {
        ArgumentNullException.ThrowIfNull(rowHashes);
        if (rowHashes.Length != table.RowCount)
            throw new ArgumentException(
                $"{rowHashes.Length} row hashes were given for {table.Source}, which has {table.RowCount} rows; hash this table's rows (RowHasher.Hash).",
                nameof(rowHashes));
    }

    /// <summary>The hash as 32 lowercase hex digits, the form pins store.</summary>
    public static string Format(UInt128 hash) => hash.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
