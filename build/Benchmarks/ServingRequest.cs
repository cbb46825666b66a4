using System.Globalization;
using System.Text.Json.Nodes;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>One request of the serving benchmark: the first rows of a CSV as MLflow's dataframe_split body, and the same rows encoded for ONNX Runtime.</summary>
internal sealed record ServingRequest(int Rows, string Body, float[] Encoded)
{
    /// <exception cref="InvalidOperationException">The CSV lacks a feature or has a value that is not a number (the benchmark's model has numeric features only).</exception>
    public static ServingRequest FromCsv(AbsolutePath csv, IReadOnlyList<string> features, int rows)
    {
        var lines = File.ReadLines(csv).Take(rows + 1).ToList();
        var header = lines[0].Split(',');
        var columns = features.Select(f => Array.IndexOf(header, f) is var i and >= 0
            ? i
            : throw new InvalidOperationException($"{csv} has no column \"{f}\", a feature of the served model; package the model of this dataset (./build.sh PackageModel --dataset {csv}).")).ToArray();
        var data = new JsonArray();
        var encoded = new float[rows * features.Count];
        for (var row = 0; row < rows; row++)
        {
            var cells = lines[row + 1].Split(',');
            var values = new JsonArray();
            for (var feature = 0; feature < columns.Length; feature++)
            {
                var text = cells[columns[feature]];
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InvalidOperationException($"{csv}, row {row + 1}, column \"{features[feature]}\": \"{text}\" is not a number; the serving benchmark sends numeric features only.");
                }

                values.Add(value);
                // A numeric feature's encoding is its value as a float, as training's.
                encoded[(row * columns.Length) + feature] = (float)value;
            }

            data.Add(values);
        }

        var columnNames = new JsonArray([.. features.Select(f => (JsonNode?)f)]);
        var body = new JsonObject { ["dataframe_split"] = new JsonObject { ["columns"] = columnNames, ["data"] = data } };
        return new ServingRequest(rows, body.ToJsonString(), encoded);
    }
}
