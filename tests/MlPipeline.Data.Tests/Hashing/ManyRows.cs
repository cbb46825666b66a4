using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Tests.Hashing;

/// <summary>
/// 30,001 rows, more than the hashing pass writes in one parallel wave of blocks, with repeated and unique values, both
/// zeros, missing values of every kind, a date, text that needs more than one UTF-8 byte per character and an id column.
/// </summary>
public sealed class ManyRows
{
    private const int Rows = 30_001;

    private static readonly DatasetSchema Schema = new(TaskKind.Regression, [
        new ColumnSchema("id", ColumnType.Text, ColumnRole.Id),
        new ColumnSchema("x", ColumnType.Numeric),
        new ColumnSchema("unique", ColumnType.Numeric),
        new ColumnSchema("color", ColumnType.Categorical, Categories: ["red", "grün"]),
        new ColumnSchema("day", ColumnType.DateTime),
        new ColumnSchema("note", ColumnType.Text),
        new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label),
    ]);

    private static readonly DataTable Table = new(
        "many.csv",
        [
            new TextColumn("id", [.. Enumerable.Range(0, Rows).Select(i => $"r{i}")]),
            new NumericColumn("x", [.. Enumerable.Range(0, Rows).Select(i => i % 7 == 0 ? float.NaN : i % 5 == 0 ? -0f : (i % 40) / 8f - 2)]),
            new NumericColumn("unique", [.. Enumerable.Range(0, Rows).Select(i => i * 1.0001f)]),
            new CategoricalColumn("color", [.. Enumerable.Range(0, Rows).Select(i => i % 11 == 0 ? CategoricalColumn.Missing : i % 2)], ["red", "grün"]),
            new DateTimeColumn("day", [.. Enumerable.Range(0, Rows).Select(i => i % 13 == 0 ? DateTimeColumn.Missing : new DateTime(2020, 1, 1).AddHours(i % 500).Ticks)]),
            new TextColumn("note", [.. Enumerable.Range(0, Rows).Select(i => i % 3 == 0 ? null : i % 3 == 1 ? "" : $"naïve;{i % 17}")]),
            new NumericColumn("y", [.. Enumerable.Range(0, Rows).Select(i => (float)(i % 100))]),
        ],
        [.. Enumerable.Range(2, Rows)]);

    [Fact]
    public void TheDataHashIsTheSha256OfEveryRowsCanonicalTextInFileOrder()
    {
        var text = new StringBuilder(SchemaText());
        for (var row = 0; row < Rows; row++)
            text.Append(CanonicalText(row, Schema.Columns.Select(c => c.Name))).Append('\n');

        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))), DataHasher.Hash(Table, Schema));
    }

    [Fact]
    public void EachRowHashIsTheSha256OfItsContentColumnsText()
    {
        var content = Schema.Columns.Where(c => c.Role != ColumnRole.Id).Select(c => c.Name).ToArray();

        var hashes = RowHasher.Hash(Table, Schema);

        Assert.Equal(Rows, hashes.Length);
        foreach (var row in new[] { 0, 1, 4095, 4096, 17_000, Rows - 1 })
        {
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(row, content)));
            Assert.Equal(new UInt128(BinaryPrimitives.ReadUInt64LittleEndian(digest), BinaryPrimitives.ReadUInt64LittleEndian(digest.AsSpan(8))), hashes[row]);
        }
    }

    [Fact]
    public void OnePassGivesTheSameDataHashAndRowHashesAsEachAlone()
    {
        var (dataHash, rowHashes) = TableHashes.Of(Table, Schema);

        Assert.Equal(DataHasher.Hash(Table, Schema), dataHash);
        Assert.Equal(RowHasher.Hash(Table, Schema), rowHashes);
    }

    [Fact]
    public void OnePassWithoutIdColumnsGivesTheSameAsEachAlone()
    {
        var schema = Schema with { Columns = Schema.Columns.Where(c => c.Role != ColumnRole.Id).ToArray() };

        var (dataHash, rowHashes) = TableHashes.Of(Table, schema);

        Assert.Equal(DataHasher.Hash(Table, schema), dataHash);
        Assert.Equal(RowHasher.Hash(Table, schema), rowHashes);
    }

    // The definition spelled out with strings, as DataHasher's documentation gives it.
    private static string SchemaText() =>
        "task=Regression\n" + string.Concat(Schema.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c =>
            $"{c.Name.Length}:{c.Name} {c.Type} {c.Role}" + string.Concat((c.Categories ?? []).Select(k => $" {k.Length}:{k}")) + "\n"));

    private static string CanonicalText(int row, IEnumerable<string> columns) =>
        string.Concat(columns.Order(StringComparer.Ordinal).Select(name => Table[name]).Select(column =>
        {
            var value = column.Format(row);
            return $"{column.Name.Length}:{column.Name}" + (column.IsMissing(row) ? "?" : value.Length.ToString(CultureInfo.InvariantCulture)) + $":{value};";
        }));
}
