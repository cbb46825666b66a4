using System.Globalization;

namespace MlPipeline.Reporting.Content;

/// <summary>How both reports write numbers, intervals and the model's name, so the Markdown and the page say the same.</summary>
internal static class ReportText
{
    public static string Number(double? value) => value switch
    {
        null => "–",
        { } v when double.IsNaN(v) => "undefined",
        { } v => v.ToString("0.0000", CultureInfo.InvariantCulture),
    };

    public static string Signed(double? value) => value is { } v && double.IsFinite(v) ? (v >= 0 ? "+" : "−") + Number(Math.Abs(v)) : Number(value);

    /// <summary>[low, high], or – when no interval was computed.</summary>
    public static string Interval(double? low, double? high) =>
        low is null || high is null ? "–" : $"[{Number(low)}, {Number(high)}]";

    public static string SignedInterval(double? low, double? high) =>
        low is null || high is null ? "–" : $"[{Signed(low)}, {Signed(high)}]";

    /// <summary>"seattle-weather version 7 (passed)" or "seattle-weather (not registered)".</summary>
    public static string Title(ModelIdentity model) =>
        model.Version is { } version ? $"{model.Name} version {version} ({model.State})" : $"{model.Name} (not registered)";

    public static string Short(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;

    public static string Verdict(GateSummary gates) => gates.Passed ? "passed" : "failed";

    public static string Mark(string state) => state switch
    {
        "passed" => "✅",
        "failed" => "❌",
        _ => "➖",
    };

    /// <summary>0.95 as "95%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Generated(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
