using System.Globalization;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tests.Validation;

namespace MlPipeline.Data.Tests.Csv;

/// <summary>
/// Schema inference on copies of the sample data (Samples/). Expected types, ranges, missing counts and distinct counts:
/// pandas.read_csv(f, dtype=str, keep_default_na=False), the default markers counted as missing, pd.to_numeric for the
/// ranges, Series.nunique for the distinct counts.
/// </summary>
public sealed class Inference : IDisposable
{
    private readonly TempCsvFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void PenguinsAreMulticlassOnSpeciesWithTheDotMissingInSex()
    {
        var schema = SchemaInference.Infer(Sample("penguins.csv"), "Species");

        Assert.Equal(TaskKind.Multiclass, schema.Task);
        Assert.Equal(
            [
                "Species: Categorical Label not-null {Adelie, Chinstrap, Gentoo}",
                "Island: Categorical Feature not-null {Biscoe, Dream, Torgersen}",
                "Beak Length (mm): Numeric Feature nullable [32.1, 59.6]",
                "Beak Depth (mm): Numeric Feature nullable [13.1, 21.5]",
                "Flipper Length (mm): Integer Feature nullable [172, 231]",
                "Body Mass (g): Integer Feature nullable [2700, 6300]",
                // 10 empty cells and one "." (line 338) are missing; FEMALE and MALE are the only values.
                "Sex: Categorical Feature nullable {FEMALE, MALE}",
            ],
            schema.Columns.Select(Describe));
    }

    [Fact]
    public void CarsAreRegressionOnMilesPerGallonWithYearAsTheTime()
    {
        var schema = SchemaInference.Infer(Sample("cars.csv"), "Miles_per_Gallon");

        Assert.Equal(TaskKind.Regression, schema.Task);
        Assert.Equal(
            [
                // 311 distinct names in 406 rows: too many for a category, not distinct enough for an id.
                "Name: Text Ignore not-null",
                "Miles_per_Gallon: Numeric Label nullable [9, 46.6]",
                "Cylinders: Integer Feature not-null [3, 8]",
                "Displacement: Numeric Feature not-null [68, 455]",
                "Horsepower: Integer Feature nullable [46, 230]",
                "Weight_in_lbs: Integer Feature not-null [1613, 5140]",
                "Acceleration: Numeric Feature not-null [8, 24.8]",
                "Year: DateTime Time not-null",
                "Origin: Categorical Feature not-null {Europe, Japan, USA}",
            ],
            schema.Columns.Select(Describe));
    }

    [Fact]
    public void BreastCancerIsBinaryOnDiagnosis()
    {
        var schema = SchemaInference.Infer(Sample("breast_cancer.csv"), "diagnosis");

        Assert.Equal(TaskKind.Binary, schema.Task);
        Assert.Equal("diagnosis: Categorical Label not-null {benign, malignant}", Describe(schema.Label));
        Assert.Equal(30, schema.Features.Count);
        Assert.All(schema.Features, f => Assert.Equal(ColumnType.Numeric, f.Type));
        Assert.Equal("mean_radius: Numeric Feature not-null [6.981, 28.11]", Describe(schema.Columns[0]));
        Assert.Equal("fractal_dimension_error: Numeric Feature not-null [0.0008948, 0.02984]", Describe(schema.Columns[19]));
    }

    [Fact]
    public void SeattleWeatherIsMulticlassOnWeatherWithTheDateAsTheTime()
    {
        var schema = SchemaInference.Infer(Sample("seattle-weather.csv"), "weather");

        Assert.Equal(TaskKind.Multiclass, schema.Task);
        Assert.Equal(
            [
                "date: DateTime Time not-null",
                "precipitation: Numeric Feature not-null [0, 55.9]",
                "temp_max: Numeric Feature not-null [-1.6, 35.6]",
                "temp_min: Numeric Feature not-null [-7.1, 18.3]",
                "wind: Numeric Feature not-null [0.4, 9.5]",
                "weather: Categorical Label not-null {drizzle, fog, rain, snow, sun}",
            ],
            schema.Columns.Select(Describe));
    }

    [Fact]
    public void TheInferredSchemaLoadsTheFileItCameFromWithoutProblems()
    {
        var path = Sample("penguins.csv");

        var (table, problems) = CsvTableLoader.Load(path, SchemaInference.Infer(path, "Species"));

        Assert.Empty(problems);
        Assert.Equal(344, table.RowCount);
        Assert.Equal(11, Enumerable.Range(0, table.RowCount).Count(table["Sex"].IsMissing));
    }

    [Fact]
    public void AnInferredSchemaAcceptsEveryValueOfItsOwnFileHoweverManyDigitsItHas()
    {
        // Thousands of 17-digit numbers: the loader's float of about half of them lies beyond the double they are
        // written as, so bounds that are the exact extremes, or rounded to nearest, reject the file they came from.
        var random = new Random(11);
        double Wide() => Math.Round((random.NextDouble() - 0.5) * 1800, 14);
        var rows = Enumerable.Range(0, 5000).Select(i => string.Join(',',
            Format(Wide()),
            Format((random.NextDouble() - 0.5) * 2e-7),
            Format(Math.Round((random.NextDouble() - 0.5) * 8.8, 5)),
            random.NextInt64(int.MinValue, (long)int.MaxValue + 1).ToString(CultureInfo.InvariantCulture),
            random.Next(16_777_000, 16_777_219).ToString(CultureInfo.InvariantCulture),
            new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(random.NextInt64(TimeSpan.TicksPerDay * 3650)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffZ", CultureInfo.InvariantCulture),
            Format(Wide())));
        var planted = new[]
        {
            "987.65432198765432,1.2345678901234567E-07,4.49474,2147483647,16777219,2029-12-31T23:59:59.9999999Z,-987.65432198765432",
            "-987.65432198765432,-1.2345678901234567E-07,-5.01733,-2147483648,16777000,2020-01-01T00:00:00.0000001Z,987.65432198765432",
        };
        var csv = _files.Write("wide,tiny,short,int32,near_2_24,stamp,y\n" + string.Join('\n', rows.Concat(planted)) + "\n");
        var schemaFile = Path.ChangeExtension(csv, ".schema.json");
        SchemaFile.Write(schemaFile, SchemaInference.Infer(csv, "y"));
        var schema = SchemaFile.Read(schemaFile);

        var (table, problems) = CsvTableLoader.Load(csv, schema);
        var findings = Validation.Dataset.Validate(table, schema, problems);

        Assert.Empty(problems);
        Assert.Empty(findings.Of("out-of-range"));
        Assert.Equal(
            [
                "wide: Numeric Feature not-null [-987.655, 987.655]",
                "tiny: Numeric Feature not-null [-1.23457E-07, 1.23457E-07]",
                "short: Numeric Feature not-null [-5.01733, 4.49474]",
                "int32: Integer Feature not-null [-2147483648, 2147483647]",
                "near_2_24: Integer Feature not-null [16777000, 16777219]",
                "stamp: DateTime Time not-null",
                "y: Numeric Label not-null [-987.655, 987.655]",
            ],
            schema.Columns.Select(Describe));
    }

    [Fact]
    public void AnIntegerWhoseFloatRoundsOtherwiseThanItsDoubleGetsTheFloatAsItsBound()
    {
        // 2^53 + 2^29 + 1: its double is 2^53 + 2^29, a float midpoint that rounds to 2^53, while the float read from
        // the digits is 2^53 + 2^30; a bound at the double would reject the value.
        var csv = _files.Write("n,y\n0,1\n9007199791611905,2\n");

        var schema = SchemaInference.Infer(csv, "y");
        var (table, problems) = CsvTableLoader.Load(csv, schema);

        Assert.Equal(9_007_200_328_482_816d, schema.Columns[0].Max);
        Assert.Empty(Validation.Dataset.Validate(table, schema, problems).Of("out-of-range"));
    }

    [Fact]
    public void BooleansTextIdsAndTheFirstOfTwoDateColumnsAreRecognised()
    {
        // 25 rows, so the category limit is max(20, 1.25) = 20 distinct values.
        var rows = Enumerable.Range(0, 25).Select(i =>
            $"{(i % 2 == 0 ? "Yes" : "no")},id{i},note{i % 21},2020-01-{i + 1:00},2021-02-03T04:05:06Z,{(i < 24 ? "" : "x")},{i % 3}");
        var path = _files.Write("flag,key,note,day,stamp,sparse,y\n" + string.Join('\n', rows) + "\n");

        var schema = SchemaInference.Infer(path, "y");

        Assert.Equal(TaskKind.Multiclass, schema.Task);
        Assert.Equal(
            [
                "flag: Boolean Feature not-null",
                "key: Text Id not-null",
                "note: Text Ignore not-null",
                "day: DateTime Time not-null",
                "stamp: DateTime Feature not-null",
                "sparse: Categorical Feature nullable {x}",
                "y: Categorical Label not-null {0, 1, 2}",
            ],
            schema.Columns.Select(Describe));
    }

    [Theory]
    [InlineData(50, "Categorical Feature")]
    [InlineData(51, "Text Ignore")]
    public void AColumnIsCategoricalUpToFivePercentOfTheRowsInDistinctValues(int distinct, string proposal)
    {
        // 1000 rows: the limit is max(20, 50) = 50.
        var rows = Enumerable.Range(0, 1000).Select(i => $"v{i % distinct},{i % 2}");
        var path = _files.Write("c,y\n" + string.Join('\n', rows) + "\n");

        var schema = SchemaInference.Infer(path, "y");

        Assert.StartsWith($"c: {proposal} not-null", Describe(schema.Columns[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void AValueRepeatedAfterTheCategoryLimitMakesTextIgnoredRatherThanAnId()
    {
        var rows = Enumerable.Range(0, 30).Select(i => $"k{i},{i % 2}").Append("k3,1");
        var path = _files.Write("key,y\n" + string.Join('\n', rows) + "\n");

        var schema = SchemaInference.Infer(path, "y");

        Assert.Equal("key: Text Ignore not-null", Describe(schema.Columns[0]));
    }

    [Fact]
    public void ATextLabelKeepsEveryValueAsAClass()
    {
        var rows = Enumerable.Range(0, 30).Select(i => $"c{i:00},{i}");
        var schema = SchemaInference.Infer(_files.Write("y,x\n" + string.Join('\n', rows) + "\n"), "y");

        Assert.Equal(TaskKind.Multiclass, schema.Task);
        Assert.Equal(30, schema.Label.Categories!.Count);
        Assert.Equal(["c00", "c01"], schema.Label.Categories.Take(2));
    }

    [Theory]
    [InlineData("y\n1\n0\n1\n", TaskKind.Binary, "y: Categorical Label not-null {0, 1}")]
    [InlineData("y\ntrue\nFALSE\n", TaskKind.Binary, "y: Categorical Label not-null {FALSE, true}")]
    [InlineData("y\n10\n2\n1\n3\n", TaskKind.Multiclass, "y: Categorical Label not-null {1, 2, 3, 10}")]
    [InlineData("y\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n", TaskKind.Regression, "y: Integer Label not-null [1, 11]")]
    [InlineData("y\n1.5\nNA\n2\n", TaskKind.Regression, "y: Numeric Label nullable [1.5, 2]")]
    public void TheLabelDecidesTheTask(string text, TaskKind task, string label)
    {
        var schema = SchemaInference.Infer(_files.Write(text), "y");

        Assert.Equal(task, schema.Task);
        Assert.Equal(label, Describe(schema.Label));
    }

    [Fact]
    public void ALabelThatIsNotInTheHeaderNamesTheColumnsThereAre()
    {
        var path = Sample("penguins.csv");

        var error = Assert.Throws<ArgumentException>(() => SchemaInference.Infer(path, "species"));

        Assert.Equal("label", error.ParamName);
        Assert.StartsWith(
            $"The label column \"species\" is not in the header of {path}; its columns are: \"Species\", \"Island\", \"Beak Length (mm)\", " +
            "\"Beak Depth (mm)\", \"Flipper Length (mm)\", \"Body Mass (g)\", \"Sex\".",
            error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("y\n2020-01-01\n", "holds dates, which cannot be predicted; choose a numeric or categorical column as the label.")]
    [InlineData("y,x\nNA,1\n,2\n", "holds no values (every cell is a missing marker); choose a column to predict that has values.")]
    public void ALabelThatCannotBePredictedIsAnArgumentError(string text, string reason)
    {
        var path = _files.Write(text);

        var error = Assert.Throws<ArgumentException>(() => SchemaInference.Infer(path, "y"));

        Assert.StartsWith($"The label column \"y\" of {path} {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStructuralProblemIsTheSameCsvFormatExceptionAsTheLoaders()
    {
        var error = Assert.Throws<CsvFormatException>(() => SchemaInference.Infer(_files.Write("a,b\n1,2\n3\n"), "a"));

        Assert.Equal(3, error.Line);
    }

    private static string Describe(ColumnSchema column)
    {
        var range = column.Min is { } min && column.Max is { } max
            ? string.Create(CultureInfo.InvariantCulture, $" [{min}, {max}]")
            : "";
        var categories = column.Categories is { } c ? $" {{{string.Join(", ", c)}}}" : "";
        return $"{column.Name}: {column.Type} {column.Role} {(column.Nullable ? "nullable" : "not-null")}{range}{categories}";
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "Csv", "Samples", file);
}
