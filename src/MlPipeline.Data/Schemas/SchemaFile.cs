using System.Text.Json;
using System.Text.Json.Serialization;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Data.Schemas;

/// <summary>Reads and writes <c>&lt;dataset&gt;.schema.json</c>: snake_case names, lowercase enum values, unknown names rejected so a typo never goes unnoticed.</summary>
public static class SchemaFile
{
    private static readonly JsonSerializerOptions Options = new(DataJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <exception cref="SchemaException">The file is missing, is not valid JSON, or declares something inconsistent.</exception>
    public static DatasetSchema Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new SchemaException(
                $"There is no schema at {path}. Write one with ./build.sh InferSchema --dataset <the csv> --label <the column to predict>, or pass --schema with its path.");
        }

        DatasetSchema? schema;
        try
        {
            schema = JsonSerializer.Deserialize<DatasetSchema>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException exception)
        {
            throw new SchemaException($"{Where(path, exception)}: {Explain(exception)}", exception);
        }

        if (schema is null)
        {
            throw new SchemaException($"{path} holds null; a schema is an object with \"task\" and \"columns\".");
        }

        SchemaRules.Check(schema, path);
        return schema;
    }

    public static void Write(string path, DatasetSchema schema) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(schema, Options) + "\n");

    private static string Where(string path, JsonException exception) =>
        exception.LineNumber is { } line ? $"{path}:{line + 1}" : path;

    private static string Explain(JsonException exception)
    {
        var at = exception.Path is { Length: > 0 } p ? $" at {p}" : "";
        var allowed = exception.Path switch
        {
            { } field when field.EndsWith(".type", StringComparison.Ordinal) => " Types: numeric, integer, boolean, categorical, datetime, text.",
            { } field when field.EndsWith(".role", StringComparison.Ordinal) => " Roles: feature, label, weight, time, id, ignore.",
            "$.task" => " Tasks: binary, multiclass, regression.",
            _ => "",
        };
        var message = exception.Message.Split(" Path:", 2)[0];
        return $"the schema is not valid{at} ({message}).{allowed}";
    }
}
