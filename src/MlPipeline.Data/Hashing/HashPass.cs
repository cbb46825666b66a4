using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// Writes each row's canonical text once and takes from it the row hashes, the data hash or both. Blocks of rows are
/// written and hashed in parallel; the data hash then reads the blocks in row order, so the result does not depend on
/// the number of cores.
/// </summary>
internal static class HashPass
{
    private const int BlockRows = 2048;

    /// <param name="rows">The rows to hash (indices into the table), in the order of <paramref name="rowHashes"/>.</param>
    /// <param name="rowHashes">Receives one hash per entry of <paramref name="rows"/>; <c>null</c> to take none.</param>
    /// <returns>The data hash over <paramref name="rows"/> when <paramref name="withDataHash"/>, otherwise <c>null</c>.</returns>
    public static string? Run(DataTable table, DatasetSchema schema, IReadOnlyList<int> rows, UInt128[]? rowHashes, bool withDataHash)
    {
        var contentNames = ContentColumns(table, schema);
        var dataNames = schema.Columns.Where(c => table.Find(c.Name) is not null).Select(c => c.Name).ToArray();
        var content = rowHashes is null ? null : new RowText(table, contentNames, rows);
        // Without id or ignored columns the row hash's text is the data hash's line, so one text serves both.
        var data = !withDataHash ? null : contentNames.Length == dataNames.Length && content is not null ? content : new RowText(table, dataNames, rows);
        using var dataHash = withDataHash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        dataHash?.AppendData(Encoding.UTF8.GetBytes(DataHasher.SchemaText(schema)));

        var shared = content is not null && content == data;
        var blocks = (rows.Count + BlockRows - 1) / BlockRows;
        var wave = Math.Max(1, Environment.ProcessorCount) * 4;
        var lines = Enumerable.Range(0, Math.Min(wave, blocks)).Select(_ => new ByteText()).ToArray();
        for (var first = 0; first < blocks; first += wave)
        {
            var last = Math.Min(first + wave, blocks);
            Parallel.For(first, last, block =>
            {
                var text = lines[block - first];
                text.Clear();
                var own = content is null || shared ? null : new ByteText();
                // One hash object per block: creating one per row costs more than hashing a row's text.
                using var rowHash = content is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                for (var i = block * BlockRows; i < Math.Min(rows.Count, (block + 1) * BlockRows); i++)
                {
                    if (data is not null)
                    {
                        var start = text.Length;
                        data.Write(i, text);
                        if (shared)
                            rowHashes![i] = RowHash(rowHash!, text.Written[start..]);
                        text.Append("\n"u8);
                    }

                    if (own is not null)
                    {
                        own.Clear();
                        content!.Write(i, own);
                        rowHashes![i] = RowHash(rowHash!, own.Written);
                    }
                }
            });

            for (var block = first; block < last && dataHash is not null; block++)
                dataHash.AppendData(lines[block - first].Written);
        }

        return dataHash is null ? null : "sha256:" + Convert.ToHexStringLower(dataHash.GetHashAndReset());
    }

    /// <summary>The columns that carry data (every role but id and ignore), which the row hashes cover.</summary>
    private static string[] ContentColumns(DataTable table, DatasetSchema schema) =>
        schema.Columns.Where(c => c.Role is not (ColumnRole.Id or ColumnRole.Ignore) && table.Find(c.Name) is not null).Select(c => c.Name).ToArray();

    private static UInt128 RowHash(IncrementalHash hash, ReadOnlySpan<byte> text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.AppendData(text);
        hash.GetHashAndReset(digest);
        // Little-endian by name, not the machine's order, so a pin made on one machine matches on every other.
        return new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(digest[..8]), BinaryPrimitives.ReadUInt64LittleEndian(digest[8..16]));
    }
}
