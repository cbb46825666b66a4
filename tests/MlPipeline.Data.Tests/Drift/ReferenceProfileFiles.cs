using MlPipeline.Data.IO;
using System.Text.Json;
using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Drift;

public sealed class ReferenceProfileFiles : IDisposable
{
    private static readonly DatasetSchema DataSchema = Schema(
        new ColumnSchema("x", ColumnType.Numeric),
        new ColumnSchema("w", ColumnType.Integer, Drift: new DriftSettings("wasserstein")),
        new ColumnSchema("color", ColumnType.Categorical, ColumnRole.Label, Categories: ["red", "green"]));

    private readonly string _folder = Directory.CreateTempSubdirectory("drift-profile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(500, new[] { "ks", "wasserstein", "chi2" })]
    [InlineData(100, new[] { "psi", "wasserstein", "js" })]
    public void AProfileWrittenAndReadBackGivesTheSameReport(int smallSampleLimit, string[] methods)
    {
        var (reference, batch) = (Data("reference.csv", 1, 0), Data("batch.csv", 2, 0.3));
        var profile = ReferenceProfile.Create(reference, DataSchema, smallSampleLimit);
        var path = Path.Combine(_folder, "nested", "reference.profile.json");

        ReferenceProfileFile.Write(path, profile);
        var read = ReferenceProfileFile.Read(path);

        var options = new DriftOptions(SmallSampleLimit: smallSampleLimit);
        var before = DriftDetector.Detect(profile, batch, DataSchema, options);
        var after = DriftDetector.Detect(read, batch, DataSchema, options);
        Assert.Equal(before.Columns, after.Columns);
        Assert.Equal(methods, after.Columns.Select(c => c.Method));
        Assert.Equal(JsonSerializer.Serialize(profile, DataJson.Options), JsonSerializer.Serialize(read, DataJson.Options));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void TheFileIsSnakeCaseJsonWithTheColumnKindFirst()
    {
        var path = Path.Combine(_folder, "reference.profile.json");

        ReferenceProfileFile.Write(path, ReferenceProfile.Create(Data("reference.csv", 1, 0), DataSchema));

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(
            ["format_version", "source", "row_count", "small_sample_limit", "sketch_size", "columns"],
            root.EnumerateObject().Select(p => p.Name));
        var numeric = root.GetProperty("columns")[1];
        Assert.Equal(
            ["kind", "mean", "std_dev", "min", "max", "sorted_values", "bin_edges", "bin_counts", "quantiles", "name", "type", "count", "missing"],
            numeric.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("numeric", "integer", 400), (numeric.GetProperty("kind").GetString(), numeric.GetProperty("type").GetString(), numeric.GetProperty("sorted_values").GetArrayLength()));
        var categorical = root.GetProperty("columns")[2];
        Assert.Equal("categorical", categorical.GetProperty("kind").GetString());
        Assert.Equal("[\"red\",\"green\"]", categorical.GetProperty("categories").GetRawText().Replace(" ", "").Replace("\n", ""));
    }

    [Fact]
    public void AMissingFileSaysHowToCreateIt()
    {
        var path = Path.Combine(_folder, "none.json");

        var error = Assert.Throws<FileNotFoundException>(() => ReferenceProfileFile.Read(path));

        Assert.Equal($"No reference profile at {path}; run ValidateData on the reference dataset to create it.", error.Message);
    }

    [Fact]
    public void ABrokenFileIsReportedWithItsLine()
    {
        var path = Path.Combine(_folder, "broken.json");
        File.WriteAllText(path, "{\n  \"format_version\": 1,\n  \"columns\": [ oops ]\n}");

        var error = Assert.Throws<InvalidDataException>(() => ReferenceProfileFile.Read(path));

        Assert.StartsWith($"{path}:3 is not a valid reference profile: ", error.Message);
        Assert.EndsWith("Re-create it with ValidateData.", error.Message);
    }

    [Fact]
    public void AProfileWithoutItsQuantilesIsRejectedWhenRead()
    {
        var path = Path.Combine(_folder, "truncated.json");
        ReferenceProfileFile.Write(path, ReferenceProfile.Create(Data("reference.csv", 1, 0), DataSchema));
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"quantiles\": [", "\"quantiles\": null, \"unused\": ["));

        var error = Assert.Throws<InvalidDataException>(() => ReferenceProfileFile.Read(path));

        Assert.Contains("quantiles", error.Message);
        Assert.StartsWith($"{path}:", error.Message);
    }

    [Fact]
    public void AnotherFormatVersionIsRejected()
    {
        var path = Path.Combine(_folder, "old.json");
        var profile = ReferenceProfile.Create(Data("reference.csv", 1, 0), DataSchema) with { FormatVersion = 7 };
        ReferenceProfileFile.Write(path, profile);

        var error = Assert.Throws<InvalidDataException>(() => ReferenceProfileFile.Read(path));

        Assert.Equal($"{path} is a reference profile of format 7; this version reads format 1. Re-create it with ValidateData.", error.Message);
    }

    /// <summary>400 rows: x ~ N(shift, 1), w a rounded N(10 + shift, 3), color 70/30 red/green.</summary>
    private static DataTable Data(string source, int seed, double shift) => Table(source,
        Numeric("x", Normal(seed, 400, shift)),
        Numeric("w", Normal(seed + 100, 400, 10 + shift, 3).Select(v => Math.Round(v))),
        Categorical("color", ["red", "green"], Enumerable.Range(0, 400).Select(i => i % 10 < 7 ? "red" : "green")));
}
