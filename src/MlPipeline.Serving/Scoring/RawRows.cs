using System.Text.Json;

namespace MlPipeline.Serving.Scoring;

/// <summary>
/// Rows as a client sent them, before encoding: named cells holding JSON values (strings, numbers, booleans, null for
/// missing). Every request shape (MLflow's records and split frames, v2 tensors) is read into this.
/// </summary>
/// <param name="Rows">Per row, the cells by column name.</param>
/// <param name="Describe">How a row is named in messages, e.g. <c>dataframe_records[3]</c>.</param>
internal sealed record RawRows(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Rows, Func<int, string> Describe)
{
    public int Count => Rows.Count;
}
