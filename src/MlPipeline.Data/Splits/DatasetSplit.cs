namespace MlPipeline.Data.Splits;

/// <summary>Which rows (0-based indices into the table) each split holds; every row is in at most one split.</summary>
public sealed record DatasetSplit(int[] Train, int[] Validation, int[] Benchmark);
