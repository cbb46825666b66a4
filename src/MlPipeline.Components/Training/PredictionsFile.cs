using System.Globalization;
using System.Text;
using MlPipeline.Foundation.Files;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Training;

/// <summary>
/// Writes <c>predictions.csv</c>: per benchmark row its index in the dataset, the true label, the prediction and, for
/// classifiers, one probability column per class (<c>p_&lt;class&gt;</c>).
/// </summary>
internal static class PredictionsFile
{
    /// <param name="outputs">p(class 1) per row for binary, [rows, classes] for multiclass, values for regression.</param>
    /// <param name="classes">Null for regression.</param>
    public static void Write(string path, EncodedRows rows, float[] outputs, IReadOnlyList<string>? classes)
    {
        var text = new StringBuilder("row,label,predicted");
        foreach (var name in classes ?? [])
        {
            text.Append(",p_").Append(Quote(name));
        }

        text.Append('\n');
        for (var i = 0; i < rows.RowCount; i++)
        {
            text.Append(rows.SourceRows[i].ToString(CultureInfo.InvariantCulture)).Append(',');
            if (classes is null)
            {
                text.Append(Number(rows.Labels[i])).Append(',').Append(Number(outputs[i]));
            }
            else
            {
                var probabilities = Probabilities(outputs, i, classes.Count);
                var predicted = PredictedClass(probabilities);
                text.Append(Quote(classes[(int)rows.Labels[i]])).Append(',').Append(Quote(classes[predicted]));
                foreach (var p in probabilities)
                {
                    text.Append(',').Append(Number(p));
                }
            }

            text.Append('\n');
        }

        AtomicFile.Write(path, text.ToString());
    }

    private static float[] Probabilities(float[] outputs, int row, int classCount) =>
        classCount == 2 ? [1 - outputs[row], outputs[row]] : outputs.AsSpan(row * classCount, classCount).ToArray();

    // The metrics' rule: binary predicts class 1 from p >= 0.5; otherwise the first most probable class.
    private static int PredictedClass(float[] probabilities) =>
        probabilities.Length == 2 ? (probabilities[1] >= 0.5f ? 1 : 0) : Array.IndexOf(probabilities, probabilities.Max());

    private static string Number(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
