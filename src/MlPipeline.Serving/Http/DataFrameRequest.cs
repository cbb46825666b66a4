using System.Text.Json;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>MLflow's request shapes: <c>{"dataframe_records": [{column: value}, …]}</c> or <c>{"dataframe_split": {"columns": […], "data": [[…], …]}}</c>.</summary>
internal static class DataFrameRequest
{
    private const string Records = "dataframe_records";
    private const string Split = "dataframe_split";

    /// <exception cref="InputException">The body is not one of the two shapes, or a row is malformed.</exception>
    public static RawRows Read(JsonElement root, int maxRows)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"The request body is a JSON {Kind(root)}; send an object with \"{Records}\" or \"{Split}\".");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not (Records or Split))
            {
                throw new InputException($"The request has the field \"{property.Name}\"; send an object with \"{Records}\" or \"{Split}\" alone.");
            }
        }

        var hasRecords = root.TryGetProperty(Records, out var records);
        var hasSplit = root.TryGetProperty(Split, out var split);
        return (hasRecords, hasSplit) switch
        {
            (true, false) => FromRecords(records, maxRows),
            (false, true) => FromSplit(split, maxRows),
            (true, true) => throw new InputException($"The request has both \"{Records}\" and \"{Split}\"; send one."),
            _ => throw new InputException($"The request has neither \"{Records}\" nor \"{Split}\"; send one of them."),
        };
    }

    private static RawRows FromRecords(JsonElement records, int maxRows)
    {
        var rows = Rows(records, Records, maxRows);
        var cells = new IReadOnlyDictionary<string, JsonElement>[rows.Length];
        for (var row = 0; row < rows.Length; row++)
        {
            if (rows[row].ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{Records}[{row}] is a JSON {Kind(rows[row])}; each record is an object of column: value.");
            }

            var record = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in rows[row].EnumerateObject())
            {
                if (!record.TryAdd(property.Name, property.Value))
                {
                    throw new InputException($"{Records}[{row}] names the column \"{property.Name}\" twice.");
                }
            }

            cells[row] = record;
        }

        return new RawRows(cells, row => $"{Records}[{row}]");
    }

    private static RawRows FromSplit(JsonElement split, int maxRows)
    {
        if (split.ValueKind != JsonValueKind.Object || !split.TryGetProperty("columns", out var columnList) || !split.TryGetProperty("data", out var data))
        {
            throw new InputException($"\"{Split}\" must be an object with \"columns\" (the column names) and \"data\" (one array of values per row).");
        }

        if (columnList.ValueKind != JsonValueKind.Array || columnList.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            throw new InputException($"{Split}.columns must be an array of column names (strings).");
        }

        var columns = columnList.EnumerateArray().Select(c => c.GetString()!).ToArray();
        if (columns.Distinct(StringComparer.Ordinal).Count() != columns.Length)
        {
            throw new InputException($"{Split}.columns names a column twice: {string.Join(", ", columns.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"\"{g.Key}\""))}.");
        }

        var rows = Rows(data, Split + ".data", maxRows);
        var cells = new IReadOnlyDictionary<string, JsonElement>[rows.Length];
        for (var row = 0; row < rows.Length; row++)
        {
            if (rows[row].ValueKind != JsonValueKind.Array || rows[row].GetArrayLength() != columns.Length)
            {
                throw new InputException($"{Split}.data[{row}] must be an array of {columns.Length} values, one per column, but is {Describe(rows[row])}.");
            }

            var values = rows[row].EnumerateArray().ToArray();
            cells[row] = columns.Select((c, i) => (c, values[i])).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        }

        return new RawRows(cells, row => $"{Split}.data[{row}]");
    }

    private static JsonElement[] Rows(JsonElement rows, string field, int maxRows)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"\"{field}\" must be an array of rows but is a JSON {Kind(rows)}.");
        }

        var count = rows.GetArrayLength();
        return count switch
        {
            0 => throw new InputException($"\"{field}\" has no rows; send at least one."),
            _ when count > maxRows => throw new InputException($"\"{field}\" has {count} rows, more than the {maxRows} one request may score; split it."),
            _ => [.. rows.EnumerateArray()],
        };
    }

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? $"an array of {element.GetArrayLength()}" : "a JSON " + Kind(element);

    public static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
}
