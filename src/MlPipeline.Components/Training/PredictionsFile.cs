using System.Globalization;
using System.Text;
using MlPipeline.Foundation.Files;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Training;

/// <summary>
/// Writes <c>predictions.csv</c>: per benchmark row its index in the dataset, the true label, the prediction and, for
/// classifiers, one probability column per class (<c>p_&lt;class&gt;</c>); and reads it back for the report.
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

    /// <summary>The rows of a file <see cref="Write"/> wrote, as their cells (header left out).</summary>
    /// <exception cref="InvalidOperationException">A quote is not closed, or a row has another number of cells than the header.</exception>
    public static IReadOnlyList<string[]> Read(string path)
    {
        var records = Records(File.ReadAllText(path), path);
        var width = records.Count == 0 ? 0 : records[0].Length;
        var ragged = records.FindIndex(r => r.Length != width);
        return ragged < 0
            ? records.Skip(1).ToList()
            : throw new InvalidOperationException($"{path}: record {ragged + 1} has {records[ragged].Length} cells, the header {width}; run Evaluate again with --force Evaluate.");
    }

    // RFC 4180 as Write quotes: a quoted cell may hold commas, doubled quotes and line breaks.
    private static List<string[]> Records(string text, string path)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    cell.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add([.. cells]);
                cells.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        return quoted ? throw new InvalidOperationException($"{path}: a quoted cell is not closed; run Evaluate again with --force Evaluate.") : records;
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
