using System.Text.Json.Serialization;

namespace MlPipeline.Data.Schemas;

/// <summary>The contents of <c>&lt;dataset&gt;.schema.json</c>: the columns in file order and the learning task.</summary>
public sealed record DatasetSchema(TaskKind Task, IReadOnlyList<ColumnSchema> Columns)
{
    /// <summary>The single column with role <see cref="ColumnRole.Label"/>.</summary>
    /// <exception cref="InvalidOperationException">The schema declares no label or more than one.</exception>
    [JsonIgnore]
    public ColumnSchema Label => Columns.Where(c => c.Role == ColumnRole.Label).ToArray() switch
    {
        [var label] => label,
        [] => throw new InvalidOperationException("The schema declares no column with role \"label\"; set \"role\": \"label\" on the column to predict."),
        var many => throw new InvalidOperationException(
            $"The schema declares {many.Length} label columns ({string.Join(", ", many.Select(c => c.Name))}); keep \"role\": \"label\" on one."),
    };

    /// <summary>The columns used as model inputs, in schema order (which fixes the feature order of the model).</summary>
    [JsonIgnore]
    public IReadOnlyList<ColumnSchema> Features => Columns.Where(c => c.Role == ColumnRole.Feature).ToArray();

    /// <summary>The column with role <see cref="ColumnRole.Time"/>, if any.</summary>
    [JsonIgnore]
    public ColumnSchema? Time => Columns.FirstOrDefault(c => c.Role == ColumnRole.Time);

    /// <summary>The column with role <see cref="ColumnRole.Weight"/>, if any.</summary>
    [JsonIgnore]
    public ColumnSchema? Weight => Columns.FirstOrDefault(c => c.Role == ColumnRole.Weight);

    public ColumnSchema? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
