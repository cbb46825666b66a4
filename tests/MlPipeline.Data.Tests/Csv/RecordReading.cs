using System.Text;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Tests.Csv;

/// <summary>
/// RFC 4180 records from raw bytes. Every case runs with a 4-byte and a 7-byte buffer as well as the real one, so
/// fields, quotes, doubled quotes and line breaks that straddle a refill are covered.
/// </summary>
public sealed class RecordReading : IDisposable
{
    private readonly TempCsvFolder _files = new();

    public static TheoryData<int> BufferSizes => [4, 7, 1 << 17];

    public void Dispose() => _files.Dispose();

    [Theory]
    [MemberData(nameof(BufferSizes))]
    public void QuotedFieldsKeepDelimitersDoubledQuotesAndLineBreaks(int bufferSize)
    {
        var path = _files.Write("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\"\"\n");

        var records = Read(path, bufferSize);

        Assert.Equal(
            [
                (1, "id|note"), (2, "1|a, b"), (3, "2|say \"hi\""), (4, "3|two\nlines"), (6, "4|\""),
            ],
            records.Select(r => (r.Line, r.Text)));
    }

    [Theory]
    [MemberData(nameof(BufferSizes))]
    public void LineNumbersCountTheLinesInsideQuotedFields(int bufferSize)
    {
        var path = _files.Write("a,b\n\"x\ny\nz\",\"p\r\nq\"\n1,2\n\"\n\",3\n4,5\n");

        var records = Read(path, bufferSize);

        Assert.Equal([1, 2, 6, 7, 9], records.Select(r => r.Line));
        Assert.Equal("x\ny\nz|p\r\nq", records[1].Text);
    }

    [Theory]
    [MemberData(nameof(BufferSizes))]
    public void CrlfLfAndAMixOfBothEndRecords(int bufferSize)
    {
        var path = _files.Write("a,b\r\n1,2\n3,4\r\n\"5\",\"6\"\r\n7,8");

        var records = Read(path, bufferSize);

        Assert.Equal(["a|b", "1|2", "3|4", "5|6", "7|8"], records.Select(r => r.Text));
    }

    [Theory]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\n1,2\n\n")]
    [InlineData("a,b\r\n1,2\r\n\r\n")]
    [InlineData("a,b\n1,2\n\n\n")]
    [InlineData("a,b\n1,2")]
    public void ATrailingNewlineOrEmptyLastLinesAreNotRecords(string text)
    {
        var records = Read(_files.Write(text), bufferSize: 4);

        Assert.Equal(["a|b", "1|2"], records.Select(r => r.Text));
    }

    [Fact]
    public void AnEmptyLineInTheMiddleIsARecordWithOneEmptyField()
    {
        var records = Read(_files.Write("a\n1\n\n2\n"), bufferSize: 4);

        Assert.Equal([(1, "a"), (2, "1"), (3, ""), (4, "2")], records.Select(r => (r.Line, r.Text)));
    }

    [Theory]
    [MemberData(nameof(BufferSizes))]
    public void AByteOrderMarkIsNotPartOfTheFirstColumnName(int bufferSize)
    {
        var path = _files.WriteBytes([.. "\uFEFF"u8, .. "name,ü\nZoë,1\n"u8]);

        var records = Read(path, bufferSize);

        Assert.Equal(["name|ü", "Zoë|1"], records.Select(r => r.Text));
    }

    [Theory]
    [MemberData(nameof(BufferSizes))]
    public void MultiByteSequencesAreJudgedWholeWhereverTheBufferSplitsThem(int bufferSize)
    {
        // Each padding moves the sequences by one byte, so with small buffers every split of each one is read.
        for (var padding = 0; padding < 8; padding++)
        {
            var pad = new string('x', padding);
            var valid = _files.WriteBytes([.. Encoding.UTF8.GetBytes($"a,b\n{pad},\"😀é\"\n")], $"valid-{padding}.csv");
            var invalid = _files.WriteBytes([.. Encoding.UTF8.GetBytes($"a,b\n{pad},\"😀é\"\n1,ok\n{pad},z"), 0xF0, 0x9F, 0x98, .. "w\n"u8], $"invalid-{padding}.csv");
            using var reader = new CsvRecordReader(invalid, ',', bufferSize);

            var error = Assert.Throws<CsvFormatException>(() => { while (reader.TryRead()) { } });

            Assert.Equal([$"{pad}|😀é"], Read(valid, bufferSize).Skip(1).Select(r => r.Text));
            Assert.Equal((4, 2), (error.Line, error.Column));
            Assert.StartsWith($"{invalid}:4:2: the file is not valid UTF-8 (byte 0xF0 cannot start or continue a character)", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(';', "a;b\n\"1;2\";3\n", new[] { "1;2", "3" })]
    [InlineData('\t', "a\tb\n1,5\t\"x\ty\"\n", new[] { "1,5", "x\ty" })]
    [InlineData('|', "a|b\n,|\n", new[] { ",", "" })]
    public void TheDelimiterIsConfigurable(char delimiter, string text, string[] secondRecord)
    {
        var records = Read(_files.Write(text), bufferSize: 4, delimiter);

        Assert.Equal(secondRecord, records[1].Fields);
    }

    /// <summary>Our call: a quote inside an unquoted field is a literal character, as in Excel, pandas and Python's csv module.</summary>
    [Fact]
    public void AQuoteInsideAnUnquotedFieldIsALiteralCharacter()
    {
        var records = Read(_files.Write("size,name\n12\",5 1/4\" disk\n"), bufferSize: 4);

        Assert.Equal(["12\"", "5 1/4\" disk"], records[1].Fields);
        Assert.Equal([false, false], records[1].Quoted);
    }

    [Fact]
    public void AQuotedEmptyFieldIsMarkedQuoted()
    {
        var records = Read(_files.Write("a,b,c\n\"\",,\"x\"\n"), bufferSize: 4);

        Assert.Equal(["", "", "x"], records[1].Fields);
        Assert.Equal([true, false, true], records[1].Quoted);
    }

    [Fact]
    public void ARecordLongerThanTheBufferGrowsIt()
    {
        var longField = new string('x', 5000);
        var records = Read(_files.Write($"a,b\n\"{longField}\",{longField}\n"), bufferSize: 16);

        Assert.Equal([longField, longField], records[1].Fields);
    }

    [Fact]
    public void AnUnclosedQuoteStopsAtTheRecordSizeLimitInsteadOfReadingTheWholeFile()
    {
        var path = _files.Write("a,b\n1,2\n3,\"4\n" + string.Concat(Enumerable.Repeat("5,6\n", 100)));
        using var reader = new CsvRecordReader(path, ',', bufferSize: 4, maxRecordBytes: 64);

        var error = Assert.Throws<CsvFormatException>(() => { while (reader.TryRead()) { } });

        Assert.Equal(3, error.Line);
        Assert.Equal(
            $"{path}:3: the record starting on this line is longer than 64 bytes, which usually means a quote opened in it is never closed; " +
            "add the closing quote, or write a quote inside a field as two quotes (\"\").",
            error.Message);
    }

    private static List<Record> Read(string path, int bufferSize, char delimiter = ',')
    {
        using var reader = new CsvRecordReader(path, delimiter, bufferSize);
        var records = new List<Record>();
        while (reader.TryRead())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i))).ToArray();
            var quoted = Enumerable.Range(0, reader.FieldCount).Select(reader.IsQuoted).ToArray();
            records.Add(new Record(reader.Line, fields, quoted));
        }

        return records;
    }

    private sealed record Record(int Line, string[] Fields, bool[] Quoted)
    {
        public string Text => string.Join('|', Fields);
    }
}
