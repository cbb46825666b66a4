using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Tests.Features;

public sealed class FeatureEncoderTests
{
    private static readonly DatasetSchema Schema = new(TaskKind.Multiclass,
    [
        new ColumnSchema("day", ColumnType.DateTime, ColumnRole.Time),
        new ColumnSchema("wind", ColumnType.Numeric),
        new ColumnSchema("sky", ColumnType.Categorical, Categories: ["clear", "cloudy"]),
        new ColumnSchema("when", ColumnType.DateTime),
        new ColumnSchema("weather", ColumnType.Categorical, ColumnRole.Label, Categories: ["rain", "snow", "sun"]),
    ]);

    private static DataTable Table() => new("t.csv",
    [
        new DateTimeColumn("day", [1, 2, 3]),
        new NumericColumn("wind", [1.5f, float.NaN, 3f]),
        // The column's own category order differs from the schema's: the schema's order decides the codes.
        new CategoricalColumn("sky", [1, CategoricalColumn.Missing, 0], ["clear", "cloudy"]),
        new DateTimeColumn("when", [new DateTime(1970, 1, 3, 0, 0, 0, DateTimeKind.Utc).Ticks, DateTimeColumn.Missing, DateTime.UnixEpoch.Ticks]),
        new CategoricalColumn("weather", [0, 1, CategoricalColumn.Missing], ["sun", "rain"]),
    ], [2, 3, 4]);

    [Fact]
    public void FeaturesFollowTheSchemaOrderWithMissingValuesAsNaN()
    {
        var encoded = FeatureEncoder.Encode(Table(), Schema, [0, 1]);

        Assert.Equal(["wind", "sky", "when"], encoded.FeatureNames);
        Assert.Equal([1.5f, 1f, 2f, float.NaN, float.NaN, float.NaN], encoded.Features);
    }

    [Fact]
    public void LabelsAreIndicesIntoTheSchemasCategoriesAndRowsWithoutALabelAreLeftOut()
    {
        var encoded = FeatureEncoder.Encode(Table(), Schema, [0, 1, 2]);

        Assert.Equal([0, 1], encoded.SourceRows);
        Assert.Equal([2f, 0f], encoded.Labels);
    }

    [Fact]
    public void ALabelValueOutsideTheSchemasClassesIsAnErrorThatSaysHowToFixIt()
    {
        var schema = Schema with { Columns = [.. Schema.Columns.SkipLast(1), new ColumnSchema("weather", ColumnType.Categorical, ColumnRole.Label, Categories: ["rain", "snow"])] };

        var error = Assert.Throws<ArgumentException>(() => FeatureEncoder.Encode(Table(), schema, [0]));

        Assert.Contains("\"sun\", which is not one of the classes in the schema (rain, snow)", error.Message);
    }

    [Fact]
    public void ATextFeatureIsRejectedWithTheRolesThatWouldWork()
    {
        var schema = new DatasetSchema(TaskKind.Regression, [new ColumnSchema("name", ColumnType.Text), new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label)]);
        var table = new DataTable("t.csv", [new TextColumn("name", ["a"]), new NumericColumn("y", [1f])], [2]);

        var error = Assert.Throws<ArgumentException>(() => FeatureEncoder.Encode(table, schema, [0]));

        Assert.Contains("set its role to \"id\" or \"ignore\"", error.Message);
    }
}
