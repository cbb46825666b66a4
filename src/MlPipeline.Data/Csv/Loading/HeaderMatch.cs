using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Csv.Loading;

/// <summary>Pairs the header's columns with the schema's by exact name.</summary>
internal static class HeaderMatch
{
    /// <summary>One builder per header column, in file order.</summary>
    /// <exception cref="CsvFormatException">The header lacks a schema column or has one the schema does not declare.</exception>
    public static ColumnBuilder[] Builders(string path, IReadOnlyList<string> header, DatasetSchema schema)
    {
        var absent = schema.Columns.Select(c => c.Name).Where(name => !header.Contains(name)).ToArray();
        var undeclared = header.Where(name => schema.Find(name) is null).ToArray();
        var problems = new List<string>();
        if (absent.Length > 0)
        {
            problems.Add($"the header has no column {Quoted(absent)} that the schema declares (the header's columns are {Quoted(header)}); " +
                "fix the column name in the file or in the schema, or remove the column from the schema");
        }

        if (undeclared.Length > 0)
        {
            problems.Add($"the header has column {Quoted(undeclared)} that the schema does not declare; " +
                "add it to the schema, with role \"ignore\" to keep it out of training");
        }

        if (problems.Count > 0)
            throw new CsvFormatException(path, 1, string.Join("; and ", problems) + ".");

        return [.. header.Select((name, i) => ColumnBuilder.For(schema.Find(name)!, i + 1))];
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
