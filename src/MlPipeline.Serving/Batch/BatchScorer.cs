using System.Globalization;
using System.Text;
using MlPipeline.Data.Csv;
using MlPipeline.Data.ModelInputs;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using MlPipeline.Foundation.Files;
using MlPipeline.Serving.Bundle;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Batch;

/// <summary>
/// Batch mode: a CSV read through the bundle's schema (the pipeline's loader, so cells parse as in training), scored
/// with model.onnx, written as the input columns plus the predictions, whole or not at all.
/// </summary>
public static class BatchScorer
{
    /// <returns>The number of rows scored.</returns>
    /// <exception cref="BundleException">The bundle cannot be served.</exception>
    /// <exception cref="InputException">The CSV cannot be scored: a missing feature, a column the schema does not know, a cell of the wrong type.</exception>
    public static int Score(string modelDirectory, string input, string output)
    {
        using var model = ModelService.Load(modelDirectory);
        var table = Load(input, model.Bundle);
        var columns = model.Bundle.Parsers.Select(p => table[p.Name]).ToArray();
        var values = new float[table.RowCount * columns.Length];
        for (var row = 0; row < table.RowCount; row++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                values[(row * columns.Length) + j] = FeatureValues.Of(columns[j], row);
            }
        }

        var scored = table.RowCount == 0 ? new ModelOutputs([], model.Bundle.Training.Classes?.Count ?? 1) : model.Scorer.Score(values);
        AtomicFile.Write(output, stream => Write(stream, table, scored, model.Bundle.Training.Classes));
        return table.RowCount;
    }

    private static DataTable Load(string input, ModelBundle bundle)
    {
        if (!File.Exists(input))
        {
            throw new InputException($"The input CSV {Path.GetFullPath(input)} does not exist; pass --input with the file to score.");
        }

        // The file may leave out the label and other non-feature columns; the schema to load it with is the one its header calls for.
        var schema = bundle.Schema;
        DataTable table;
        try
        {
            var header = CsvTableLoader.ReadHeader(input);
            var missing = bundle.Parsers.Select(p => p.Name).Where(f => !header.Contains(f)).ToArray();
            if (missing.Length > 0)
            {
                throw new InputException($"{input} has no column {string.Join(", ", missing.Select(m => $"\"{m}\""))}, which the model needs; its columns are {string.Join(", ", header.Select(h => $"\"{h}\""))}.");
            }

            var columns = header.Select(name => schema.Find(name)
                ?? throw new InputException($"{input} has the column \"{name}\", which the schema does not declare; remove it, or score a file with the training data's columns.")).ToArray();
            var result = CsvTableLoader.Load(input, schema with { Columns = columns });
            if (result.Problems.Count > 0)
            {
                var first = result.Problems[0];
                throw new InputException(
                    $"{input}:{first.Line}: column \"{first.Column}\" holds \"{first.RawValue}\", which is not {first.Expected}"
                    + (result.Problems.Count > 1 ? $" (and {result.Problems.Count - 1} more cells like it)" : "") + "; fix the file or leave the cell empty for a missing value.");
            }

            table = result.Table;
        }
        catch (CsvFormatException exception)
        {
            throw new InputException(exception.Message);
        }

        return table;
    }

    private static void Write(Stream stream, DataTable table, ModelOutputs scored, IReadOnlyList<string>? classes)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: -1, leaveOpen: true);
        IEnumerable<string> predictionColumns = classes is null ? ["prediction"] : ["predicted_label", .. classes.Select(c => "p_" + c)];
        writer.Write(string.Join(",", table.Columns.Select(c => c.Name).Concat(predictionColumns).Select(Quote)));
        writer.Write('\n');
        var line = new StringBuilder();
        for (var row = 0; row < table.RowCount; row++)
        {
            line.Clear();
            foreach (var column in table.Columns)
            {
                line.Append(Quote(column.Format(row))).Append(',');
            }

            if (classes is not null)
            {
                line.Append(Quote(classes[scored.ArgMax(row)])).Append(',');
            }

            foreach (var value in scored.Row(row))
            {
                line.Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',');
            }

            line.Length--;
            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
