namespace MlPipeline.Data.Csv;

/// <summary>
/// A CSV file cannot be read as a table at all: it is missing or empty, its header does not match the schema, a row
/// has the wrong number of fields, a quote is never closed, or its bytes are not UTF-8. The message says what is wrong,
/// where (<c>path:line</c>) and how to fix it.
/// </summary>
public sealed class CsvFormatException : Exception
{
    internal CsvFormatException(string path, int? line, string problem, Exception? inner = null)
        : base($"{(line is { } l ? $"{path}:{l}" : path)}: {problem}", inner)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The file as the caller named it.</summary>
    public string Path { get; }

    /// <summary>The 1-based line the problem is on, or <c>null</c> when it concerns the whole file.</summary>
    public int? Line { get; }
}
