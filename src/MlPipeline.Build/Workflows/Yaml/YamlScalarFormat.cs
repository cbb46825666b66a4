using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MlPipeline.Build.Workflows.Yaml;

/// <summary>
/// Decides how a string is written so that any YAML 1.1 or 1.2 reader (GitHub's included) reads back the same
/// string: plain when that is safe, single-quoted otherwise, double-quoted when it holds control characters.
/// </summary>
internal static partial class YamlScalarFormat
{
    // Words YAML 1.1 reads as booleans or null; GitHub's parser is lenient, other tools (and people) are not.
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "y", "n", "on", "off", "null", "~",
    };

    public static string Key(string key) => KeyPattern().IsMatch(key) ? key : Value(key);

    public static string Value(string value)
    {
        if (value.Any(IsControl))
        {
            return DoubleQuoted(value);
        }

        return NeedsQuotes(value) ? $"'{value.Replace("'", "''", StringComparison.Ordinal)}'" : value;
    }

    /// <summary>Whether a literal block (<c>|</c>) can hold <paramref name="text"/> without an indentation indicator.</summary>
    public static bool FitsLiteralBlock(string text) =>
        text.Length > 0 && text[0] is not (' ' or '\n') && !text.EndsWith("\n\n", StringComparison.Ordinal)
        && !text.Any(character => character != '\n' && IsControl(character));

    private static bool NeedsQuotes(string value) =>
        value.Length == 0
        || char.IsWhiteSpace(value[0])
        || char.IsWhiteSpace(value[^1])
        || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)
        // ': ' and ' #' are what YAML actually trips on; quoting every ':', '#' and '*' is simpler to reason about.
        || value.AsSpan().IndexOfAny(":#*") >= 0
        || value.Contains("${{", StringComparison.Ordinal)
        || ReservedWords.Contains(value)
        || LooksLikeNumber(value);

    private static bool LooksLikeNumber(string value) =>
        NumberPrefixPattern().IsMatch(value)
        || double.TryParse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || value.TrimStart('+', '-').ToLowerInvariant() is ".inf" or ".nan";

    private static bool IsControl(char character) => char.IsControl(character) || character is '\u2028' or '\u2029';

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsControl(character) => $"\\u{(int)character:X4}",
                _ => character.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex KeyPattern();

    // Hexadecimal, octal and binary integers of YAML 1.1 and 1.2.
    [GeneratedRegex("^[-+]?0[xob]", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPrefixPattern();
}
