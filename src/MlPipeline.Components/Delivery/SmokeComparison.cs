using System.Text.Json;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Components.Delivery;

/// <summary>The service's answers set against model.onnx's own predictions, row by row.</summary>
/// <param name="WorstRow">The dataset row with the largest difference; null without rows.</param>
internal sealed record SmokeComparison(double MaxAbsDifference, int? WorstRow, string? WorstOutput, double Served, double Expected, int RowsOverTolerance, bool Passed)
{
    /// <param name="predictions">POST /predict's answers: a classifier's <c>{"label", "probabilities": {class: p}}</c>, a regression's number.</param>
    /// <param name="sourceRows">The dataset row of each prediction, for the message.</param>
    public static SmokeComparison Compare(
        IReadOnlyList<JsonElement> predictions, ModelOutputs expected, IReadOnlyList<string>? classes, IReadOnlyList<int> sourceRows, double tolerance)
    {
        var worst = new SmokeComparison(0, null, null, double.NaN, double.NaN, 0, true);
        var over = 0;
        for (var row = 0; row < predictions.Count; row++)
        {
            var rowOver = false;
            var values = expected.Row(row);
            for (var output = 0; output < values.Length; output++)
            {
                var served = classes is null
                    ? predictions[row].GetDouble()
                    : predictions[row].GetProperty("probabilities").GetProperty(classes[output]).GetDouble();
                var difference = Math.Abs(served - values[output]);
                rowOver |= !(difference <= tolerance);
                if (!(difference <= worst.MaxAbsDifference) || worst.WorstRow is null)
                {
                    worst = worst with
                    {
                        MaxAbsDifference = difference,
                        WorstRow = sourceRows[row],
                        WorstOutput = classes is null ? "value" : "p_" + classes[output],
                        Served = served,
                        Expected = values[output],
                    };
                }
            }

            over += rowOver ? 1 : 0;
        }

        return worst with { RowsOverTolerance = over, Passed = over == 0 };
    }
}
