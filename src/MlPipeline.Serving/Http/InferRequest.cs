using System.Text.Json;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>
/// An Open Inference Protocol v2 request: one input tensor per feature column, named after it, of shape [N] or [N, 1]
/// (datatype BYTES for categories and dates, BOOL for booleans, FP32/FP64/INT* for numbers; null where a value is missing).
/// </summary>
/// <param name="RequestedOutputs">The outputs asked for, or null for all.</param>
internal sealed record InferRequest(string? Id, RawRows Rows, IReadOnlyList<string>? RequestedOutputs)
{
    private static readonly string[] NumericTypes = ["INT8", "INT16", "INT32", "INT64", "UINT8", "UINT16", "UINT32", "UINT64", "FP16", "FP32", "FP64"];

    /// <exception cref="InputException">The body is not a v2 inference request, or an input is malformed.</exception>
    public static InferRequest Read(JsonElement root, int maxRows)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Array)
        {
            throw new InputException("A v2 inference request is an object with \"inputs\": an array of {\"name\", \"shape\", \"datatype\", \"data\"}, one per feature.");
        }

        string? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : throw new InputException("\"id\" must be a string.");
        }

        var columns = new Dictionary<string, JsonElement[]>(StringComparer.Ordinal);
        var index = 0;
        foreach (var input in inputs.EnumerateArray())
        {
            var (name, values) = Input(input, index++, maxRows);
            if (!columns.TryAdd(name, values))
            {
                throw new InputException($"inputs[{index - 1}]: the input \"{name}\" is given twice.");
            }
        }

        var counts = columns.Values.Select(v => v.Length).Distinct().ToArray();
        if (counts.Length > 1)
        {
            throw new InputException($"The inputs have different row counts ({string.Join(", ", columns.Select(c => $"\"{c.Key}\": {c.Value.Length}"))}); give every feature one value per row.");
        }

        var rows = new IReadOnlyDictionary<string, JsonElement>[counts.FirstOrDefault()];
        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = columns.ToDictionary(c => c.Key, c => c.Value[row], StringComparer.Ordinal);
        }

        return new InferRequest(id, new RawRows(rows, row => $"row {row}"), Outputs(root));
    }

    private static (string Name, JsonElement[] Values) Input(JsonElement input, int index, int maxRows)
    {
        var where = $"inputs[{index}]";
        if (input.ValueKind != JsonValueKind.Object
            || !input.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String
            || !input.TryGetProperty("shape", out var shapeElement) || shapeElement.ValueKind != JsonValueKind.Array
            || !input.TryGetProperty("datatype", out var typeElement) || typeElement.ValueKind != JsonValueKind.String
            || !input.TryGetProperty("data", out var data))
        {
            throw new InputException($"{where} must be an object with \"name\" (a feature), \"shape\" ([N] or [N, 1]), \"datatype\" and \"data\".");
        }

        var name = nameElement.GetString()!;
        where = $"input \"{name}\"";
        var shape = shapeElement.EnumerateArray().Select(d => d.ValueKind == JsonValueKind.Number && d.TryGetInt64(out var n) && n >= 0 ? n : -1).ToArray();
        if (shape.Length is < 1 or > 2 || shape.Any(d => d < 0) || (shape.Length == 2 && shape[1] != 1))
        {
            throw new InputException($"{where}: the shape {shapeElement.GetRawText()} is not [N] or [N, 1]; each input holds one feature's values, one per row.");
        }

        if (shape[0] > maxRows)
        {
            throw new InputException($"{where} has {shape[0]} rows, more than the {maxRows} one request may score; split it.");
        }

        var values = new List<JsonElement>();
        Flatten(data, values, where, (int)shape[0]);
        if (values.Count != shape[0])
        {
            throw new InputException($"{where}: the shape {shapeElement.GetRawText()} holds {shape[0]} values but \"data\" has {values.Count}.");
        }

        var datatype = typeElement.GetString()!;
        Func<JsonValueKind, bool> fits = datatype switch
        {
            "BYTES" => kind => kind == JsonValueKind.String,
            "BOOL" => kind => kind is JsonValueKind.True or JsonValueKind.False,
            _ when NumericTypes.Contains(datatype) => kind => kind == JsonValueKind.Number,
            _ => throw new InputException($"{where}: the datatype \"{datatype}\" is not one of BYTES, BOOL, {string.Join(", ", NumericTypes)}."),
        };
        for (var row = 0; row < values.Count; row++)
        {
            if (values[row].ValueKind != JsonValueKind.Null && !fits(values[row].ValueKind))
            {
                throw new InputException($"{where}, row {row}: {values[row].GetRawText()} is not a {datatype} value.");
            }
        }

        return (name, [.. values]);
    }

    // The protocol allows row-major data flat or nested as the shape.
    private static void Flatten(JsonElement data, List<JsonElement> values, string where, int limit)
    {
        if (data.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{where}: \"data\" must be an array of values.");
        }

        foreach (var value in data.EnumerateArray())
        {
            if (value.ValueKind == JsonValueKind.Array)
            {
                Flatten(value, values, where, limit);
            }
            else if (values.Count <= limit)
            {
                values.Add(value);
            }
            else
            {
                return;
            }
        }
    }

    private static string[]? Outputs(JsonElement root)
    {
        if (!root.TryGetProperty("outputs", out var outputs))
        {
            return null;
        }

        if (outputs.ValueKind != JsonValueKind.Array
            || outputs.EnumerateArray().Any(o => o.ValueKind != JsonValueKind.Object || !o.TryGetProperty("name", out var n) || n.ValueKind != JsonValueKind.String))
        {
            throw new InputException("\"outputs\" must be an array of {\"name\": output}.");
        }

        return [.. outputs.EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];
    }
}
