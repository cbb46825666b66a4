using MlPipeline.Data.Csv;
using MlPipeline.Data.ModelInputs;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tests.Csv;

namespace MlPipeline.Data.Tests.FeatureEncoding;

public sealed class RawValueEncoding : IDisposable
{
    private static readonly DatasetSchema Schema = new(TaskKind.Regression,
    [
        new ColumnSchema("x", ColumnType.Numeric),
        new ColumnSchema("n", ColumnType.Integer),
        new ColumnSchema("ok", ColumnType.Boolean),
        new ColumnSchema("day", ColumnType.DateTime),
        new ColumnSchema("sky", ColumnType.Categorical, Categories: ["clear", "cloudy", "4"]),
        new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label),
    ]);

    private static readonly string[][] Cells =
    [
        ["1.5", "3", "yes", "1970-01-03", "cloudy"],
        ["-2e3", "-7", "false", "2024-02-29T12:00:00+02:00", "clear"],
        ["0.1", "0", "1", "2000-01-01 06:30", "4"],
    ];

    private readonly TempCsvFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void TextGivesWhatTheLoaderAndTrainingGiveForTheSameCell()
    {
        var path = _files.Write("x,n,ok,day,sky,y\n" + string.Join("\n", Cells.Select(r => string.Join(",", r) + ",0")) + "\n");
        var table = CsvTableLoader.Load(path, Schema).Table;

        for (var column = 0; column < 5; column++)
        {
            var parser = new FeatureValueParser(Schema.Columns[column]);
            for (var row = 0; row < Cells.Length; row++)
            {
                Assert.True(parser.TryParse(Cells[row][column], out var value), $"{parser.Name}: {Cells[row][column]}");
                Assert.Equal(FeatureValues.Of(table[parser.Name], row), value);
            }
        }
    }

    [Fact]
    public void KnownValuesEncodeAsTheSchemaSays()
    {
        Assert.True(new FeatureValueParser(Schema.Columns[3]).TryParse("1970-01-03T12:00:00Z", out var days));
        Assert.Equal(2.5f, days);
        Assert.True(new FeatureValueParser(Schema.Columns[4]).TryParse(4, out var code));
        Assert.Equal(2f, code);
        Assert.True(new FeatureValueParser(Schema.Columns[2]).TryParse(true, out var yes));
        Assert.Equal(1f, yes);
    }

    [Theory]
    [InlineData(0, "abc")]
    [InlineData(1, "2.5")]
    [InlineData(2, "maybe")]
    [InlineData(3, "03/01/1970")]
    [InlineData(4, "Cloudy")]
    public void TextOfTheWrongKindIsRefused(int column, string text) =>
        Assert.False(new FeatureValueParser(Schema.Columns[column]).TryParse(text, out _));

    [Fact]
    public void NumbersOfTheWrongKindAreRefused()
    {
        Assert.False(new FeatureValueParser(Schema.Columns[1]).TryParse(2.5, out _));
        Assert.False(new FeatureValueParser(Schema.Columns[2]).TryParse(2, out _));
        Assert.False(new FeatureValueParser(Schema.Columns[3]).TryParse(10, out _));
        Assert.False(new FeatureValueParser(Schema.Columns[0]).TryParse(true, out _));
    }

    [Fact]
    public void ACategoricalColumnWithoutCategoriesCannotBeParsed()
    {
        var error = Assert.Throws<ArgumentException>(() => new FeatureValueParser(new ColumnSchema("sky", ColumnType.Categorical)));

        Assert.StartsWith("Column \"sky\" is categorical but the schema lists no categories", error.Message, StringComparison.Ordinal);
    }
}
