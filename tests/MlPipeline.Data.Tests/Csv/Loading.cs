using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Tests.Csv;

public sealed class Loading : IDisposable
{
    private readonly TempCsvFolder _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void ColumnsComeInFileOrderWithTheLineEachRowStartsOn()
    {
        var path = _files.Write("note,y,x\n\"two\nlines\",1,0.5\nplain,2,-1\n");
        var schema = Schema(new ColumnSchema("x", ColumnType.Numeric), new ColumnSchema("y", ColumnType.Integer), new ColumnSchema("note", ColumnType.Text));

        var table = CsvTableLoader.Load(path, schema).Table;

        Assert.Equal(["note", "y", "x"], table.Columns.Select(c => c.Name));
        Assert.Equal(["two\nlines", "plain"], ((TextColumn)table["note"]).Values.AsEnumerable());
        Assert.Equal([1f, 2f], ((NumericColumn)table["y"]).Values);
        Assert.Equal([0.5f, -1f], ((NumericColumn)table["x"]).Values);
        Assert.Equal([2, 4], table.LineNumbers);
        Assert.Equal(path, table.Source);
    }

    [Fact]
    public void AByteOrderMarkAndCrlfLineEndsLoadLikeAPlainFile()
    {
        var path = _files.WriteBytes([.. "\uFEFF"u8, .. "id,x\r\n1,0.25\r\n2,\r\n"u8]);
        var schema = Schema(new ColumnSchema("x", ColumnType.Numeric), new ColumnSchema("id", ColumnType.Integer));

        var (table, problems) = CsvTableLoader.Load(path, schema);

        Assert.Empty(problems);
        Assert.Equal([1f, 2f], ((NumericColumn)table["id"]).Values);
        Assert.Equal([0.25f, float.NaN], ((NumericColumn)table["x"]).Values);
        Assert.Equal([2, 3], table.LineNumbers);
    }

    [Fact]
    public void EveryMissingMarkerIsMissingInEveryType()
    {
        var markers = new[] { "", "NA", "NaN", "null", ".", "\"\"", "\"NA\"" };
        var text = "n,i,b,c,d,t\n" + string.Concat(markers.Select(m => string.Join(',', Enumerable.Repeat(m, 6)) + "\n"));
        var schema = Schema(
            new ColumnSchema("n", ColumnType.Numeric), new ColumnSchema("i", ColumnType.Integer), new ColumnSchema("b", ColumnType.Boolean),
            new ColumnSchema("c", ColumnType.Categorical, Categories: ["x"]), new ColumnSchema("d", ColumnType.DateTime), new ColumnSchema("t", ColumnType.Text));

        var (table, problems) = CsvTableLoader.Load(_files.Write(text), schema);

        Assert.Empty(problems);
        Assert.Equal(7, table.RowCount);
        Assert.All(table.Columns, column => Assert.All(Enumerable.Range(0, 7), row => Assert.True(column.IsMissing(row), $"{column.Name}[{row}]")));
    }

    [Fact]
    public void CustomMissingMarkersReplaceTheDefaults()
    {
        var path = _files.Write("x\n?\n\nNA\n\"\"\n1\n");

        var (table, problems) = CsvTableLoader.Load(path, Schema(new ColumnSchema("x", ColumnType.Numeric)), new CsvOptions(MissingMarkers: ["?"]));

        // The unquoted empty cell and NA are no longer markers, so they are numbers that do not parse; "" stays missing.
        Assert.Equal([float.NaN, float.NaN, float.NaN, float.NaN, 1f], ((NumericColumn)table["x"]).Values);
        Assert.Equal([(3, ""), (4, "NA")], problems.Select(p => (p.Line, p.RawValue)));
    }

    [Fact]
    public void AQuotedEmptyCellIsMissingEvenWithNoMarkers()
    {
        var path = _files.Write("x\n\"\"\n1\n");

        var (table, problems) = CsvTableLoader.Load(path, Schema(new ColumnSchema("x", ColumnType.Numeric)), new CsvOptions(MissingMarkers: []));

        Assert.Empty(problems);
        Assert.Equal([float.NaN, 1f], ((NumericColumn)table["x"]).Values);
    }

    [Fact]
    public void NumbersIntegersAndBooleansParseTheirSyntaxes()
    {
        var path = _files.Write("n,i,b\n1e-3,-7,TRUE\n-0.5,+12,no\n+2,0,Yes\n3.25E2,2147483648,0\n.5,-0,false\n");
        var schema = Schema(new ColumnSchema("n", ColumnType.Numeric), new ColumnSchema("i", ColumnType.Integer), new ColumnSchema("b", ColumnType.Boolean));

        var (table, problems) = CsvTableLoader.Load(path, schema);

        Assert.Empty(problems);
        Assert.Equal([0.001f, -0.5f, 2f, 325f, 0.5f], ((NumericColumn)table["n"]).Values);
        Assert.Equal([-7f, 12f, 0f, 2147483648f, 0f], ((NumericColumn)table["i"]).Values);
        Assert.Equal([1f, 0f, 1f, 0f, 0f], ((NumericColumn)table["b"]).Values);
    }

    [Fact]
    public void EveryCellThatDoesNotParseIsMissingAndReported()
    {
        var path = _files.Write("n,i,b,d\nabc,2.5,maybe,2024-13-01\n1,1e3,1,yesterday\n1O,3,2,2024-02-30\n");
        var schema = Schema(
            new ColumnSchema("n", ColumnType.Numeric), new ColumnSchema("i", ColumnType.Integer),
            new ColumnSchema("b", ColumnType.Boolean), new ColumnSchema("d", ColumnType.DateTime));

        var (table, problems) = CsvTableLoader.Load(path, schema);

        Assert.Equal(
            [
                new CellProblem(CellProblemKind.Unparsable, "n", 2, 1, "abc", "a number"),
                new CellProblem(CellProblemKind.Unparsable, "i", 2, 2, "2.5", "an integer"),
                new CellProblem(CellProblemKind.Unparsable, "b", 2, 3, "maybe", "true/false, yes/no or 1/0"),
                new CellProblem(CellProblemKind.Unparsable, "d", 2, 4, "2024-13-01", "an ISO 8601 date"),
                new CellProblem(CellProblemKind.Unparsable, "i", 3, 2, "1e3", "an integer"),
                new CellProblem(CellProblemKind.Unparsable, "d", 3, 4, "yesterday", "an ISO 8601 date"),
                new CellProblem(CellProblemKind.Unparsable, "n", 4, 1, "1O", "a number"),
                new CellProblem(CellProblemKind.Unparsable, "b", 4, 3, "2", "true/false, yes/no or 1/0"),
                new CellProblem(CellProblemKind.Unparsable, "d", 4, 4, "2024-02-30", "an ISO 8601 date"),
            ],
            problems);
        Assert.Equal([float.NaN, 1f, float.NaN], ((NumericColumn)table["n"]).Values);
        Assert.Equal([float.NaN, float.NaN, 3f], ((NumericColumn)table["i"]).Values);
        Assert.All(Enumerable.Range(0, 3), row => Assert.True(table["d"].IsMissing(row)));
    }

    [Fact]
    public void SchemaCategoriesFixTheCodesAndAnUnknownValueIsReported()
    {
        var path = _files.Write("weather\nsun\nfog\nhail\n\"rain\"\nSun\n");
        var schema = Schema(new ColumnSchema("weather", ColumnType.Categorical, Categories: ["drizzle", "fog", "rain", "sun"]));

        var (table, problems) = CsvTableLoader.Load(path, schema);

        var weather = (CategoricalColumn)table["weather"];
        Assert.Equal(["drizzle", "fog", "rain", "sun"], weather.Categories);
        Assert.Equal([3, 1, CategoricalColumn.Missing, 2, CategoricalColumn.Missing], weather.Codes);
        Assert.Equal(
            [
                new CellProblem(CellProblemKind.UnknownCategory, "weather", 4, 1, "hail", "one of drizzle, fog, rain, sun"),
                new CellProblem(CellProblemKind.UnknownCategory, "weather", 6, 1, "Sun", "one of drizzle, fog, rain, sun"),
            ],
            problems);
    }

    [Fact]
    public void WithoutSchemaCategoriesTheDistinctValuesAreSortedOrdinally()
    {
        var path = _files.Write("c\nb\nB\né\nNA\na\nb\n");

        var (table, problems) = CsvTableLoader.Load(path, Schema(new ColumnSchema("c", ColumnType.Categorical)));

        var column = (CategoricalColumn)table["c"];
        Assert.Empty(problems);
        Assert.Equal(["B", "a", "b", "é"], column.Categories);
        Assert.Equal([2, 0, 3, CategoricalColumn.Missing, 1, 2], column.Codes);
    }

    [Fact]
    public void DatesAndDateTimesBecomeUtcTicks()
    {
        var path = _files.Write("d\n2012-01-31\n2012-01-31T13:45\n2012-01-31T13:45:30.25Z\n2012-01-31T13:45:30+02:00\n2012-01-31 01:00:00-05:30\n");

        var (table, problems) = CsvTableLoader.Load(path, Schema(new ColumnSchema("d", ColumnType.DateTime)));

        Assert.Empty(problems);
        Assert.Equal(
            [
                new DateTime(2012, 1, 31, 0, 0, 0, DateTimeKind.Utc).Ticks,
                new DateTime(2012, 1, 31, 13, 45, 0, DateTimeKind.Utc).Ticks,
                new DateTime(2012, 1, 31, 13, 45, 30, 250, DateTimeKind.Utc).Ticks,
                new DateTime(2012, 1, 31, 11, 45, 30, DateTimeKind.Utc).Ticks,
                new DateTime(2012, 1, 31, 6, 30, 0, DateTimeKind.Utc).Ticks,
            ],
            ((DateTimeColumn)table["d"]).Ticks);
    }

    [Fact]
    public void ASemicolonSeparatedFileLoadsWithItsDelimiter()
    {
        var path = _files.Write("name;x\n\"a;b\";1.5\nc;2\n");
        var schema = Schema(new ColumnSchema("name", ColumnType.Text), new ColumnSchema("x", ColumnType.Numeric));

        var table = CsvTableLoader.Load(path, schema, new CsvOptions(Delimiter: ';')).Table;

        Assert.Equal(["a;b", "c"], ((TextColumn)table["name"]).Values.AsEnumerable());
        Assert.Equal([1.5f, 2f], ((NumericColumn)table["x"]).Values);
    }

    private static DatasetSchema Schema(params ColumnSchema[] columns) => new(TaskKind.Regression, columns);
}
