namespace MlPipeline.Data.Schemas;

/// <summary>One column of a dataset as the schema file declares it.</summary>
/// <param name="Name">The header text, matched exactly.</param>
/// <param name="Categories">For categorical columns (and a categorical label) the allowed values; their order fixes the integer codes.</param>
/// <param name="MaxMissingRatio">The share of missing values above which validation reports an error; <c>null</c> uses the dataset default.</param>
public sealed record ColumnSchema(
    string Name,
    ColumnType Type,
    ColumnRole Role = ColumnRole.Feature,
    bool Nullable = true,
    double? Min = null,
    double? Max = null,
    IReadOnlyList<string>? Categories = null,
    double? MaxMissingRatio = null,
    DriftSettings? Drift = null);
