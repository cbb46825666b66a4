using System.Text.Json.Nodes;
using MlPipeline.Data.Tables;

namespace MlPipeline.Serving.Tests.Support;

/// <summary>A real XGBoost model written as a bundle, with what XGBoost itself says about the rows it is tested on.</summary>
/// <param name="Rows">Dataset rows the service is asked about (rows with a label), in the order of the expected arrays.</param>
/// <param name="Expected">XGBoost's predictions: [rows, classes] probabilities (both columns for binary) or [rows] values.</param>
/// <param name="Contributions">XGBoost's pred_contribs: [rows, outputs, features + 1].</param>
/// <param name="Margins">XGBoost's margins: [rows, outputs].</param>
internal sealed record ServedModel(
    string Name,
    string Directory,
    DataTable Table,
    IReadOnlyList<string> Features,
    IReadOnlyList<string>? Classes,
    int[] Rows,
    float[] Expected,
    float[] Contributions,
    float[] Margins)
{
    public int Outputs => Classes is null or { Count: 2 } ? 1 : Classes.Count;

    /// <summary>The rows as MLflow records: numbers as numbers, categories and dates as text, missing as null.</summary>
    public JsonArray Records(IEnumerable<int> indices)
    {
        var records = new JsonArray();
        foreach (var index in indices)
        {
            var record = new JsonObject();
            foreach (var feature in Features)
            {
                record[feature] = Cell(Table[feature], Rows[index]);
            }

            records.Add(record);
        }

        return records;
    }

    public static JsonNode? Cell(DataColumn column, int row) => column.IsMissing(row)
        ? null
        : column is NumericColumn numeric ? JsonValue.Create(numeric.Values[row]) : JsonValue.Create(column.Format(row));
}
