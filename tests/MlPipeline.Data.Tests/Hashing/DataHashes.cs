using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Hashing.HashTables;

namespace MlPipeline.Data.Tests.Hashing;

public sealed class DataHashes
{
    [Fact]
    public void TheHashCoversTheSchemaAndTheRowsLikePython() =>
        // hashlib.sha256((schema + rows).encode()) with
        // schema = "task=Regression\n5:color Categorical Feature 3:red 4:blue\n1:x Numeric Feature\n1:y Numeric Label\n"
        // rows = "5:color3:red;1:x3:1.5;1:y1:2;\n5:color4:blue;1:x?:;1:y2:-3;\n"
        Assert.Equal("sha256:3df450bc577387cbc0cebeba71e3251b0e5d15fc3766d63a92afd4fc3059b21d", DataHasher.Hash(Default(), Schema()));

    [Fact]
    public void AnotherColumnOrderInTheFileOrTheSchemaGivesTheSameHash()
    {
        var schema = Schema();
        var reversed = schema with { Columns = schema.Columns.Reverse().ToArray() };

        Assert.Equal(DataHasher.Hash(Default(), schema), DataHasher.Hash(Table(Y(), Color(), X()), reversed));
    }

    [Fact]
    public void AChangedValueChangesIt() =>
        Assert.NotEqual(DataHasher.Hash(Default(), Schema()), DataHasher.Hash(Table(Color(), X(first: 1.25f), Y()), Schema()));

    [Fact]
    public void AReorderedCategoryListChangesIt()
    {
        string[] reordered = ["blue", "red"];

        // The rows read the same, but the codes a model sees do not.
        Assert.NotEqual(DataHasher.Hash(Default(), Schema()), DataHasher.Hash(Table(Color(reordered), X(), Y()), Schema(reordered)));
    }

    [Fact]
    public void AnAddedRowChangesIt()
    {
        var longer = Table(new CategoricalColumn("color", [0, 1, 1], Colors), new NumericColumn("x", [1.5f, float.NaN, float.NaN]),
            new NumericColumn("y", [2, -3, -3])) with { LineNumbers = [2, 3, 4] };

        Assert.NotEqual(DataHasher.Hash(Default(), Schema()), DataHasher.Hash(longer, Schema()));
    }

    [Fact]
    public void TheRowOrderIsPartOfTheVersion()
    {
        var swapped = Table(new CategoricalColumn("color", [1, 0], Colors), new NumericColumn("x", [float.NaN, 1.5f]), new NumericColumn("y", [-3, 2]));

        Assert.NotEqual(DataHasher.Hash(Default(), Schema()), DataHasher.Hash(swapped, Schema()));
    }

    [Fact]
    public void AChangedRoleOrTaskChangesIt()
    {
        var schema = Schema();
        var relabelled = schema with { Columns = [schema.Columns[0], schema.Columns[1] with { Role = ColumnRole.Ignore }, schema.Columns[2]] };

        Assert.NotEqual(DataHasher.Hash(Default(), schema), DataHasher.Hash(Default(), relabelled));
        Assert.NotEqual(DataHasher.Hash(Default(), schema), DataHasher.Hash(Default(), schema with { Task = TaskKind.Binary }));
    }

    [Fact]
    public void AnIdColumnIsPartOfTheVersion()
    {
        var schema = Schema(null, new ColumnSchema("id", ColumnType.Text, ColumnRole.Id));

        Assert.NotEqual(
            DataHasher.Hash(Table(Color(), X(), Y(), new TextColumn("id", ["a", "b"])), schema),
            DataHasher.Hash(Table(Color(), X(), Y(), new TextColumn("id", ["a", "c"])), schema));
    }
}
