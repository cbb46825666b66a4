using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Tests.Csv;

/// <summary>Each file under Corpus/ is broken in one way; loading it must fail with one message that says where and what to do.</summary>
public sealed class BadFiles
{
    private static readonly DatasetSchema AbcSchema = new(TaskKind.Regression,
    [
        new ColumnSchema("a", ColumnType.Numeric), new ColumnSchema("b", ColumnType.Numeric), new ColumnSchema("c", ColumnType.Numeric),
    ]);

    // A column of every type, text both ignored and as an id: none is decoded the same way, some not at all.
    private static readonly DatasetSchema EveryTypeSchema = new(TaskKind.Regression,
    [
        new ColumnSchema("n", ColumnType.Numeric, ColumnRole.Label), new ColumnSchema("i", ColumnType.Integer), new ColumnSchema("b", ColumnType.Boolean),
        new ColumnSchema("c", ColumnType.Categorical, Categories: ["blue", "red"]), new ColumnSchema("d", ColumnType.DateTime),
        new ColumnSchema("t", ColumnType.Text, ColumnRole.Ignore), new ColumnSchema("k", ColumnType.Text, ColumnRole.Id),
    ]);

    [Theory]
    [InlineData("empty.csv", null, "the file is empty; the first line must be a header naming the columns")]
    [InlineData("only-line-breaks.csv", null, "the file is empty")]
    [InlineData("header-only.csv", 1, "the file has a header but no data rows; add rows below the header")]
    [InlineData("duplicate-column.csv", 1, "the header names column \"a\" twice (columns 1 and 3); rename one of them")]
    [InlineData("absent-column.csv", 1, "the header has no column \"b\" that the schema declares (the header's columns are \"a\", \"c\"); fix the column name")]
    [InlineData("undeclared-column.csv", 1, "the header has column \"d\" that the schema does not declare; add it to the schema, with role \"ignore\" to keep it out of training")]
    [InlineData("ragged-row.csv", 4, "the row has 2 fields but the header has 3; add or remove delimiters")]
    [InlineData("ragged-row-after-multiline-field.csv", 4, "the row has 4 fields but the header has 3")]
    [InlineData("unterminated-quote.csv", 3, "a quoted field opened on this line is never closed; add the closing quote")]
    [InlineData("text-after-closing-quote.csv", 3, "a quoted field is followed by 'x' instead of the delimiter or the end of the line")]
    public void ABrokenFileFailsWithWhereAndHowToFixIt(string file, int? line, string advice)
    {
        var path = Corpus(file);

        var error = Assert.Throws<CsvFormatException>(() => CsvTableLoader.Load(path, AbcSchema));

        Assert.Equal(path, error.Path);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(line is { } l ? $"{path}:{l}: " : $"{path}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("invalid-utf8.csv", 3, 3, 0xE9)]
    [InlineData("invalid-utf8-inside-quotes.csv", 3, 2, 0xFF)]
    [InlineData("invalid-utf8-in-numeric.csv", 3, 1, 0xFF)]
    [InlineData("invalid-utf8-in-integer.csv", 3, 2, 0xC3)]
    [InlineData("invalid-utf8-in-boolean.csv", 3, 3, 0xE9)]
    [InlineData("invalid-utf8-in-categorical.csv", 3, 4, 0xC0)]
    [InlineData("invalid-utf8-in-datetime.csv", 3, 5, 0xED)]
    [InlineData("invalid-utf8-in-text.csv", 4, 6, 0xF4)]
    [InlineData("invalid-utf8-in-id.csv", 3, 7, 0x80)]
    public void InvalidUtf8InAnyFieldFailsWithTheLineAndColumnOfTheBadByte(string file, int line, int column, int badByte)
    {
        var path = Corpus(file);
        var schema = file.StartsWith("invalid-utf8-in-", StringComparison.Ordinal) ? EveryTypeSchema : AbcSchema;

        var loading = Assert.Throws<CsvFormatException>(() => CsvTableLoader.Load(path, schema));
        var inferring = Assert.Throws<CsvFormatException>(() => SchemaInference.Infer(path, schema.Columns[0].Name));

        Assert.Equal((line, column), (loading.Line, loading.Column));
        Assert.Equal(
            $"{path}:{line}:{column}: the file is not valid UTF-8 (byte 0x{badByte:X2} cannot start or continue a character); " +
            "save the file with UTF-8 encoding (for example, in Excel choose \"CSV UTF-8\").",
            loading.Message);
        Assert.Equal(loading.Message, inferring.Message);
    }

    [Fact]
    public void AHeaderWithBothAbsentAndUndeclaredColumnsNamesBothInOneMessage()
    {
        var path = Corpus("absent-column.csv");
        var schema = AbcSchema with { Columns = [new ColumnSchema("a", ColumnType.Numeric), new ColumnSchema("b", ColumnType.Numeric)] };

        var error = Assert.Throws<CsvFormatException>(() => CsvTableLoader.Load(path, schema));

        Assert.Equal(
            $"{path}:1: the header has no column \"b\" that the schema declares (the header's columns are \"a\", \"c\"); " +
            "fix the column name in the file or in the schema, or remove the column from the schema; and " +
            "the header has column \"c\" that the schema does not declare; add it to the schema, with role \"ignore\" to keep it out of training.",
            error.Message);
    }

    [Fact]
    public void AMissingFileNamesTheFullPathItLookedFor()
    {
        var path = Path.Combine("no-such-folder", "data.csv");

        var error = Assert.Throws<CsvFormatException>(() => CsvTableLoader.Load(path, AbcSchema));

        Assert.Null(error.Line);
        Assert.Equal($"{path}: the file does not exist (looked for {Path.GetFullPath(path)}); check the path, or create the file.", error.Message);
        Assert.IsType<DirectoryNotFoundException>(error.InnerException);
    }

    [Fact]
    public void AnUnusableDelimiterIsAnArgumentError()
    {
        var error = Assert.Throws<ArgumentException>(() => CsvTableLoader.Load(Corpus("ragged-row.csv"), AbcSchema, new CsvOptions(Delimiter: '"')));

        Assert.StartsWith("The CSV delimiter '\"' cannot be used; choose an ASCII character other than a quote or a line break", error.Message, StringComparison.Ordinal);
    }

    private static string Corpus(string file) => Path.Combine(AppContext.BaseDirectory, "Csv", "Corpus", file);
}
