using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Splits;

/// <summary>
/// The benchmark split fixed by row content rather than row position, so appending rows or reordering the file keeps
/// every model judged on the same rows.
/// </summary>
/// <param name="FormatVersion">Always <see cref="CurrentFormatVersion"/>.</param>
/// <param name="RowCount">How many dataset rows were pinned, each copy of a duplicate counted.</param>
/// <param name="RowsHash"><c>sha256:</c> and 64 lowercase hex digits over <paramref name="RowHashes"/>, each followed by a line feed.</param>
/// <param name="RowHashes">The <see cref="RowHasher"/> hashes of the pinned rows in <see cref="RowHasher.Format"/> form, ascending and distinct.</param>
/// <exception cref="ArgumentException">A member is inconsistent with the others, as when a stored pin was edited by hand.</exception>
public sealed record BenchmarkPin(int FormatVersion, int RowCount, string RowsHash, IReadOnlyList<string> RowHashes)
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; } = FormatVersion == CurrentFormatVersion
        ? FormatVersion
        : throw new ArgumentException(
            $"The benchmark pin has format version {FormatVersion}; this version reads only {CurrentFormatVersion}. Recreate the pin with this version.",
            nameof(FormatVersion));

    public IReadOnlyList<string> RowHashes { get; } = CheckedHashes(RowHashes);

    public int RowCount { get; } = RowCount >= RowHashes.Count
        ? RowCount
        : throw new ArgumentException(
            $"The benchmark pin counts {RowCount} rows but lists {RowHashes.Count} distinct row hashes; a pin cannot hold fewer rows than hashes.",
            nameof(RowCount));

    public string RowsHash { get; } = RowsHash == HashOf(RowHashes)
        ? RowsHash
        : throw new ArgumentException(
            $"The benchmark pin's rows hash {RowsHash} is not the hash of its row hashes ({HashOf(RowHashes)}); the pin was altered. Restore it from version control or recreate it.",
            nameof(RowsHash));

    // RowsHash is validated to be the hash of RowHashes, so comparing it compares the lists by value, not by reference.
    public bool Equals(BenchmarkPin? other) =>
        other is not null && FormatVersion == other.FormatVersion && RowCount == other.RowCount && RowsHash == other.RowsHash;

    public override int GetHashCode() => HashCode.Combine(FormatVersion, RowCount, RowsHash);

    /// <summary>Pins <paramref name="benchmarkRows"/> (0-based indices into <paramref name="table"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is not a row of the table.</exception>
    public static BenchmarkPin Create(DataTable table, DatasetSchema schema, IReadOnlyList<int> benchmarkRows) =>
        Create(table, RowHasher.Hash(table, schema), benchmarkRows);

    /// <summary>Pins <paramref name="benchmarkRows"/> of <paramref name="table"/>, whose row hashes are already taken.</summary>
    /// <param name="rowHashes">The table's <see cref="RowHasher"/> hashes, one per row.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is not a row of the table.</exception>
    /// <exception cref="ArgumentException">There are not as many row hashes as rows.</exception>
    public static BenchmarkPin Create(DataTable table, UInt128[] rowHashes, IReadOnlyList<int> benchmarkRows)
    {
        RowHasher.RequireOnePerRow(table, rowHashes);
        foreach (var row in benchmarkRows)
        {
            if ((uint)row >= (uint)table.RowCount)
                throw new ArgumentOutOfRangeException(
                    nameof(benchmarkRows), row, $"Row {row} is not a row of {table.Source}, which has {table.RowCount} rows (indices 0 to {table.RowCount - 1}).");
        }

        var pinned = benchmarkRows.Select(row => rowHashes[row]).Distinct().Order().Select(RowHasher.Format).ToArray();
        return new BenchmarkPin(CurrentFormatVersion, benchmarkRows.Distinct().Count(), HashOf(pinned), pinned);
    }

    /// <summary>Finds the pinned rows in a dataset, such as a newer version of the one the pin was made from.</summary>
    public PinMatch Match(DataTable table, DatasetSchema schema) => Match(RowHasher.Hash(table, schema));

    /// <summary>Finds the pinned rows among rows with these <see cref="RowHasher"/> hashes.</summary>
    public PinMatch Match(UInt128[] hashes)
    {
        var pinned = RowHashes.Select(h => UInt128.Parse(h, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToHashSet();
        var rows = Enumerable.Range(0, hashes.Length).Where(row => pinned.Contains(hashes[row])).ToArray();
        var found = rows.Select(row => hashes[row]).ToHashSet();
        return new PinMatch(rows, pinned.Count - found.Count);
    }

    private static string[] CheckedHashes(IReadOnlyList<string> hashes)
    {
        // Null despite the annotation when a stored pin lacks the member.
        var copy = hashes?.ToArray() ?? throw new ArgumentException("The benchmark pin lists no row hashes; recreate the pin.", nameof(RowHashes));
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is not { Length: 32 } hash || !hash.All(char.IsAsciiHexDigitLower))
                throw new ArgumentException(
                    $"Row hash {i} of the benchmark pin, \"{copy[i]}\", is not 32 lowercase hex digits; recreate the pin.", nameof(RowHashes));
            if (i > 0 && string.CompareOrdinal(copy[i - 1], hash) >= 0)
                throw new ArgumentException(
                    $"The benchmark pin's row hashes are not ascending and distinct at {i} (\"{copy[i - 1]}\" then \"{hash}\"); recreate the pin.",
                    nameof(RowHashes));
        }

        return copy;
    }

    private static string HashOf(IEnumerable<string> rowHashes)
    {
        var text = new StringBuilder();
        foreach (var hash in rowHashes)
            text.Append(hash).Append('\n');
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
