using System.Globalization;

namespace MlPipeline.Build.Output;

/// <summary>Parameter values as users read them; paths inside the root are shown relative, so clones agree.</summary>
internal static class ValueText
{
    public static string Format(object? value, AbsolutePath root) => value switch
    {
        null => "(none)",
        AbsolutePath path => path.Value.StartsWith(root.Value, StringComparison.Ordinal) ? path.RelativeTo(root) : path.Value,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        Array array => "[" + string.Join(", ", array.Cast<object?>().Select(v => Format(v, root))) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
