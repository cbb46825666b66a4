using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// A 128-bit content hash per row over the columns that carry data (every role but id and ignore), so the same
/// observation has the same hash in any file: what duplicate and leakage checks and the benchmark pin compare.
/// </summary>
public static class RowHasher
{
    public static UInt128[] Hash(DataTable table, DatasetSchema schema) => Hash(table, schema, Enumerable.Range(0, table.RowCount).ToArray());

    /// <summary>The hashes of just <paramref name="rows"/> (indexes into the table), in their order.</summary>
    public static UInt128[] Hash(DataTable table, DatasetSchema schema, IReadOnlyList<int> rows)
    {
        var text = new RowText(table, ContentColumns(table, schema));
        var hashes = new UInt128[rows.Count];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        for (var i = 0; i < hashes.Length; i++)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(text.Of(rows[i])), digest);
            // Little-endian by name, not the machine's order, so a pin made on one machine matches on every other.
            hashes[i] = new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(digest[..8]), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..16]));
        }

        return hashes;
    }

    /// <summary>The hash as 32 lowercase hex digits, the form pins store.</summary>
    public static string Format(UInt128 hash) => hash.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> ContentColumns(DataTable table, DatasetSchema schema) =>
        schema.Columns.Where(c => c.Role is not (ColumnRole.Id or ColumnRole.Ignore) && table.Find(c.Name) is not null).Select(c => c.Name);
}
