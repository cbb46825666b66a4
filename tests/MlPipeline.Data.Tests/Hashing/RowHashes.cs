using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Hashing.HashTables;

namespace MlPipeline.Data.Tests.Hashing;

public sealed class RowHashes
{
    [Fact]
    public void EachRowHashesItsCanonicalTextLikePython()
    {
        var hashes = RowHasher.Hash(Default(), Schema());

        // d = hashlib.sha256(text.encode()).digest()
        // format(int.from_bytes(d[:8], 'little'), '016x') + format(int.from_bytes(d[8:16], 'little'), '016x')
        // for "5:color3:red;1:x3:1.5;1:y1:2;" and "5:color4:blue;1:x?:;1:y2:-3;" (columns by name, values length-prefixed, ? = missing)
        Assert.Equal(["9ee8e2b4a59b29c1c80cf0097c5d419d", "0fce39676c3ebc4de520024c1cb2852f"], hashes.Select(RowHasher.Format));
    }

    [Fact]
    public void HashingChosenRowsGivesTheirHashesInTheChosenOrder()
    {
        var all = RowHasher.Hash(Default(), Schema());

        Assert.Equal([all[1], all[0], all[1]], RowHasher.Hash(Default(), Schema(), [1, 0, 1]));
    }

    [Fact]
    public void AnotherColumnOrderGivesTheSameHashes() =>
        Assert.Equal(RowHasher.Hash(Default(), Schema()), RowHasher.Hash(Table(Y(), X(), Color()), Schema()));

    [Fact]
    public void AChangedValueChangesOnlyItsRow()
    {
        var before = RowHasher.Hash(Default(), Schema());
        var after = RowHasher.Hash(Table(Color(), X(first: 1.25f), Y()), Schema());

        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before[1], after[1]);
    }

    [Fact]
    public void ARowHashesByItsValuesNotByTheCategoryCodes()
    {
        string[] reordered = ["blue", "red"];

        Assert.Equal(RowHasher.Hash(Default(), Schema()), RowHasher.Hash(Table(Color(reordered), X(), Y()), Schema(reordered)));
    }

    [Fact]
    public void IdAndIgnoredColumnsDoNotCountAsContent()
    {
        var schema = Schema(null, new ColumnSchema("id", ColumnType.Text, ColumnRole.Id), new ColumnSchema("note", ColumnType.Text, ColumnRole.Ignore));
        var table = Table(Color(), X(), Y(), new TextColumn("id", ["a", "b"]), new TextColumn("note", ["x", null]));

        Assert.Equal(RowHasher.Hash(Default(), Schema()), RowHasher.Hash(table, schema));
    }

    [Fact]
    public void AMissingTextDiffersFromAnEmptyOne()
    {
        var schema = Schema(null, new ColumnSchema("note", ColumnType.Text));

        var hashes = RowHasher.Hash(Table(new CategoricalColumn("color", [0, 0], Colors), new NumericColumn("x", [1, 1]), new NumericColumn("y", [2, 2]),
            new TextColumn("note", ["", null])), schema);

        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public void AValueCannotImitateTheNextColumn()
    {
        // Without length prefixes "a;" + "b" and "a" + ";b" would read the same.
        var schema = new DatasetSchema(TaskKind.Regression, [new ColumnSchema("p", ColumnType.Text), new ColumnSchema("q", ColumnType.Text)]);

        var hashes = RowHasher.Hash(Table(new TextColumn("p", ["a;", "a"]), new TextColumn("q", ["b", ";b"])), schema);

        Assert.NotEqual(hashes[0], hashes[1]);
    }

    [Fact]
    public void IdenticalRowsHashTheSame()
    {
        var hashes = RowHasher.Hash(Table(new CategoricalColumn("color", [1, 1], Colors), new NumericColumn("x", [0.1f, 0.1f]), new NumericColumn("y", [7, 7])), Schema());

        Assert.Equal(hashes[0], hashes[1]);
    }
}
