namespace MlPipeline.Data.Csv;

/// <summary>How a CSV file is split into cells and which cell texts mean "no value".</summary>
/// <param name="Delimiter">The field separator; <c>,</c> by default.</param>
/// <param name="MissingMarkers">
/// Cell texts that mean "missing" in every column type, matched exactly after unquoting; <c>null</c> uses
/// <see cref="DefaultMissingMarkers"/>. A quoted empty field (<c>""</c>) is always missing.
/// </param>
public sealed record CsvOptions(char Delimiter = ',', IReadOnlyList<string>? MissingMarkers = null)
{
    /// <summary>The empty cell, <c>NA</c>, <c>NaN</c>, <c>null</c> and <c>.</c>.</summary>
    public static IReadOnlyList<string> DefaultMissingMarkers { get; } = ["", "NA", "NaN", "null", "."];

    internal IReadOnlyList<string> EffectiveMissingMarkers => MissingMarkers ?? DefaultMissingMarkers;
}
