namespace MlPipeline.Data.Validation;

/// <summary>How many rows each split holds.</summary>
public sealed record SplitSizes(int Train, int Validation, int Benchmark);
