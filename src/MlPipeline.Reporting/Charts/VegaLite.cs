using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MlPipeline.Reporting.Charts;

/// <summary>Vega-Lite specifications written as C# anonymous objects, whose property names are Vega-Lite's.</summary>
internal static class VegaLite
{
    public const int Width = 420;
    public const int Height = 300;

    // A value without a number (a drift score of an empty column) is written "NaN", which Vega reads as a missing value.
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static JsonObject Spec(object spec)
    {
        var node = JsonSerializer.SerializeToNode(spec, Options)!.AsObject();
        node.Insert(0, "$schema", "https://vega.github.io/schema/vega-lite/v6.json");
        return node;
    }

    public static object Values<T>(IEnumerable<T> rows) => new { values = rows.ToArray() };

    /// <summary>A field on a continuous axis.</summary>
    public static object Quantitative(string field, string title, object? scale = null) =>
        scale is null ? new { field, type = "quantitative", title } : new { field, type = "quantitative", title, scale };

    /// <summary>A numeric value rounded for people; the charts' data keep every digit.</summary>
    public static object Tooltip(string field, string title) => new { field, type = "quantitative", title, format = ".4f" };

    /// <summary>The [0, 1] range of rates and probabilities.</summary>
    public static object UnitScale => new { domain = new[] { 0, 1 } };
}
