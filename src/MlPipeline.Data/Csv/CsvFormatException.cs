namespace MlPipeline.Data.Csv;

/// <summary>
/// A CSV file cannot be read as a table at all: it is missing or empty, its header does not match the schema, a row
/// has the wrong number of fields, a quote is never closed, or its bytes are not UTF-8. The message says what is wrong,
/// where (<c>path:line</c>, or <c>path:line:column</c> when one field is at fault) and how to fix it.
/// </summary>
public sealed class CsvFormatException : Exception
{
    internal CsvFormatException(string path, int? line, string problem, Exception? inner = null, int? column = null)
        : base($"{Where(path, line, column)}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>The file as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line the problem is on, or <c>null</c> when it concerns the whole file.</summary>
    public int? Line { get; }

    /// <summary>The 1-based position of the field at fault in its record, or <c>null</c> when the problem is not one field's.</summary>
    public int? Column { get; }

    private static string Where(string path, int? line, int? column) => (line, column) switch
    {
        ({ } l, { } c) => $"{path}:{l}:{c}",
        ({ } l, null) => $"{path}:{l}",
        _ => path,
    };
}
