using System.Text.Json;
using MlPipeline.Data.ModelInputs;
using MlPipeline.Data.Schemas;
using MlPipeline.Serving.Bundle;

namespace MlPipeline.Serving.Scoring;

/// <summary>Turns raw rows into the model's float matrix with the schema's encoding, refusing anything it would have to guess.</summary>
internal sealed class RowEncoder(ModelBundle bundle)
{
    private readonly IReadOnlyList<FeatureValueParser> _parsers = bundle.Parsers;
    private readonly DatasetSchema _schema = bundle.Schema;

    public int FeatureCount => _parsers.Count;

    /// <summary>Row-major, <paramref name="rows"/>.Count × <see cref="FeatureCount"/>; NaN where a value is null.</summary>
    /// <exception cref="InputException">No rows, or a row lacks a feature, has a column the schema does not know, or a value of the wrong kind.</exception>
    public float[] Encode(RawRows rows)
    {
        if (rows.Count == 0)
        {
            throw new InputException("The request has no rows; send at least one.");
        }

        var values = new float[rows.Count * _parsers.Count];
        for (var row = 0; row < rows.Count; row++)
        {
            var cells = rows.Rows[row];
            foreach (var name in cells.Keys)
            {
                if (_schema.Find(name) is null)
                {
                    throw new InputException(
                        $"{rows.Describe(row)} has the column \"{name}\", which the model does not know; its features are {string.Join(", ", _parsers.Select(p => $"\"{p.Name}\""))}.");
                }
            }

            for (var feature = 0; feature < _parsers.Count; feature++)
            {
                var parser = _parsers[feature];
                if (!cells.TryGetValue(parser.Name, out var cell))
                {
                    throw new InputException($"{rows.Describe(row)} has no value for the feature \"{parser.Name}\"; send null when it is missing.");
                }

                values[(row * _parsers.Count) + feature] = Value(parser, cell, rows, row);
            }
        }

        return values;
    }

    private static float Value(FeatureValueParser parser, JsonElement cell, RawRows rows, int row)
    {
        var value = float.NaN;
        var valid = cell.ValueKind switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.String => parser.TryParse(cell.GetString()!, out value),
            JsonValueKind.Number => cell.TryGetDouble(out var number) && parser.TryParse(number, out value),
            JsonValueKind.True or JsonValueKind.False => parser.TryParse(cell.GetBoolean(), out value),
            _ => false,
        };
        return valid
            ? value
            // The row is named only when refused: naming every cell would cost more than encoding it.
            : throw new InputException($"{rows.Describe(row)}, feature \"{parser.Name}\": {Shown(cell)} is not {parser.Expected} (null when missing).");
    }

    private static string Shown(JsonElement cell)
    {
        var text = cell.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
