using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Tests.Schemas;

public sealed class SchemaFiles : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("schema-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("seattle-weather", TaskKind.Multiclass, "weather", 4)]
    [InlineData("penguins", TaskKind.Multiclass, "Species", 6)]
    [InlineData("cars", TaskKind.Regression, "Miles_per_Gallon", 6)]
    [InlineData("breast_cancer", TaskKind.Binary, "diagnosis", 30)]
    public void TheSampleSchemasReadWithTheirTaskLabelAndFeatures(string dataset, TaskKind task, string label, int features)
    {
        var schema = SchemaFile.Read(SampleSchema(dataset));

        Assert.Equal(task, schema.Task);
        Assert.Equal(label, schema.Label.Name);
        Assert.Equal(features, schema.Features.Count);
    }

    [Fact]
    public void TheSeattleSchemaReadsEveryDeclaredProperty()
    {
        var schema = SchemaFile.Read(SampleSchema("seattle-weather"));

        Assert.Equal(new ColumnSchema("date", ColumnType.DateTime, ColumnRole.Time, Nullable: false), schema.Columns[0]);
        Assert.Equal(new ColumnSchema("precipitation", ColumnType.Numeric, Nullable: false, Min: 0, Max: 150), schema.Columns[1]);
        Assert.Equal(["drizzle", "fog", "rain", "snow", "sun"], schema.Label.Categories);
    }

    [Fact]
    public void AWrittenSchemaReadsBackEqualAndUsesTheFileSpelling()
    {
        var original = new DatasetSchema(TaskKind.Binary,
        [
            new ColumnSchema("when", ColumnType.DateTime, ColumnRole.Time),
            new ColumnSchema("x", ColumnType.Numeric, Min: -1, Max: 1, MaxMissingRatio: 0.1, Drift: new DriftSettings("psi", 0.2, Critical: true)),
            new ColumnSchema("y", ColumnType.Categorical, ColumnRole.Label, Nullable: false, Categories: ["no", "yes"]),
        ]);
        var path = Path.Combine(_folder, "x.schema.json");

        SchemaFile.Write(path, original);
        var read = SchemaFile.Read(path);

        Assert.Equal(original.Task, read.Task);
        Assert.Equal(original.Columns.Count, read.Columns.Count);
        Assert.Equal(original.Columns[1], read.Columns[1]);
        Assert.Equal(original.Label.Categories, read.Label.Categories);
        var text = File.ReadAllText(path);
        Assert.Contains("\"type\": \"datetime\"", text);
        Assert.Contains("\"max_missing_ratio\": 0.1", text);
        Assert.DoesNotContain("\"features\"", text);
    }

    [Fact]
    public void AMissingSchemaSaysHowToWriteOne()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaFile.Read(Path.Combine(_folder, "absent.schema.json")));

        Assert.Contains("absent.schema.json", error.Message);
        Assert.Contains("./build.sh InferSchema", error.Message);
    }

    [Fact]
    public void AMisspelledPropertyIsRejectedWithItsLineAndPath()
    {
        var error = Read("""
            {
              "task": "binary",
              "columns": [
                { "name": "y", "type": "categorical", "role": "label", "categorys": ["a", "b"] }
              ]
            }
            """);

        Assert.Contains("x.schema.json:4", error.Message);
        Assert.Contains("categorys", error.Message);
    }

    [Fact]
    public void AnUnknownTypeListsTheTypesThereAre()
    {
        var error = Read("""{ "task": "binary", "columns": [ { "name": "y", "type": "float", "role": "label" } ] }""");

        Assert.Contains("$.columns[0].type", error.Message);
        Assert.Contains("numeric, integer, boolean, categorical, datetime, text", error.Message);
    }

    [Fact]
    public void InconsistentDeclarationsAreAllReportedTogether()
    {
        var error = Read("""
            {
              "task": "regression",
              "columns": [
                { "name": "a", "type": "numeric", "min": 5, "max": 1 },
                { "name": "a", "type": "text", "categories": ["x"] },
                { "name": "y", "type": "categorical", "role": "label", "drift": { "method": "t-test" } }
              ]
            }
            """);

        Assert.Contains("column \"a\" is declared 2 times", error.Message);
        Assert.Contains("min 5 above max 1", error.Message);
        Assert.Contains("lists categories but is text", error.Message);
        Assert.Contains("a regression label must be numeric or integer", error.Message);
        Assert.Contains("drift method \"t-test\"", error.Message);
    }

    [Fact]
    public void ASchemaWithoutALabelSaysWhereToPutOne()
    {
        var error = Read("""{ "task": "binary", "columns": [ { "name": "x", "type": "numeric" } ] }""");

        Assert.Contains("no column has \"role\": \"label\"", error.Message);
    }

    [Fact]
    public void AColumnWithoutATypeIsRejected()
    {
        var error = Read("""{ "task": "binary", "columns": [ { "name": "x" } ] }""");

        Assert.Contains("type", error.Message);
        Assert.Contains("x.schema.json", error.Message);
    }

    private SchemaException Read(string json)
    {
        var path = Path.Combine(_folder, "x.schema.json");
        File.WriteAllText(path, json);
        return Assert.Throws<SchemaException>(() => SchemaFile.Read(path));
    }

    private static string SampleSchema(string dataset) => Path.Combine(AppContext.BaseDirectory, "data", dataset + ".schema.json");
}
