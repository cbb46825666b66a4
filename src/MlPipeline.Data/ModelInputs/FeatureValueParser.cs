using System.Globalization;
using System.Text;
using MlPipeline.Data.Csv.Reading;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.ModelInputs;

/// <summary>
/// Turns a raw value of one feature column, as a client sends it (text or a number), into the model's float with
/// <see cref="FeatureValues"/>; the text syntaxes are the CSV loader's, so a value a CSV cell may hold is accepted here too.
/// </summary>
public sealed class FeatureValueParser
{
    private readonly ColumnSchema _column;
    private readonly Dictionary<string, int>? _codes;

    /// <exception cref="ArgumentException">The column cannot be a model input: it is text, or categorical without its categories in the schema.</exception>
    public FeatureValueParser(ColumnSchema column)
    {
        _column = column;
        if (column.Type == ColumnType.Text)
        {
            throw FeatureValues.TextIsNoInput(column.Name);
        }

        if (column.Type == ColumnType.Categorical)
        {
            var categories = column.Categories ?? throw new ArgumentException(
                $"Column \"{column.Name}\" is categorical but the schema lists no categories, so its codes depend on the training data; "
                + "add \"categories\" to the column in the schema (in the order the training data sorts them) and train again.");
            _codes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < categories.Count; i++)
            {
                _codes.TryAdd(categories[i], i);
            }
        }

        Expected = column.Type switch
        {
            ColumnType.Numeric => CellParsers.ExpectedNumber,
            ColumnType.Integer => CellParsers.ExpectedInteger,
            ColumnType.Boolean => CellParsers.ExpectedBoolean,
            ColumnType.DateTime => CellParsers.ExpectedDateTime + " (text)",
            _ => "one of " + string.Join(", ", column.Categories!.Select(c => $"\"{c}\"")),
        };
    }

    public string Name => _column.Name;

    /// <summary>What a valid value looks like, for error messages: e.g. <c>a number</c> or <c>one of "a", "b"</c>.</summary>
    public string Expected { get; }

    /// <summary>A text value: a category, an ISO 8601 date, a boolean word, or a number written as text.</summary>
    public bool TryParse(string text, out float value)
    {
        switch (_column.Type)
        {
            case ColumnType.Categorical:
                var known = _codes!.TryGetValue(text, out var code);
                value = known ? FeatureValues.OfCode(code) : float.NaN;
                return known;
            case ColumnType.DateTime:
                var parsed = CellParsers.TryParseDateTime(text, out var ticks);
                value = parsed ? FeatureValues.OfTicks(ticks) : float.NaN;
                return parsed;
            default:
                var bytes = Encoding.UTF8.GetBytes(text);
                return TryParse(bytes, out value);
        }
    }

    /// <summary>A number: a numeric or integer value, 1 or 0 for a boolean, or a category whose name is that number written out.</summary>
    public bool TryParse(double number, out float value)
    {
        value = float.NaN;
        switch (_column.Type)
        {
            case ColumnType.Numeric:
                value = (float)number;
                return double.IsFinite(number);
            case ColumnType.Integer:
                value = (float)number;
                return double.IsFinite(number) && Math.Floor(number) == number;
            case ColumnType.Boolean:
                value = (float)number;
                return number is 0 or 1;
            case ColumnType.Categorical:
                return TryParse(number.ToString("R", CultureInfo.InvariantCulture), out value);
            default:
                return false;
        }
    }

    public bool TryParse(bool boolean, out float value)
    {
        value = FeatureValues.OfBoolean(boolean);
        return _column.Type == ColumnType.Boolean;
    }

    private bool TryParse(ReadOnlySpan<byte> text, out float value)
    {
        value = float.NaN;
        switch (_column.Type)
        {
            case ColumnType.Boolean:
                var parsed = CellParsers.TryParseBoolean(text, out var boolean);
                value = FeatureValues.OfBoolean(boolean);
                return parsed;
            case ColumnType.Integer:
                var whole = CellParsers.TryParseInteger(text, out var integer);
                value = integer;
                return whole;
            default:
                return CellParsers.TryParseNumber(text, out value) && float.IsFinite(value);
        }
    }
}
