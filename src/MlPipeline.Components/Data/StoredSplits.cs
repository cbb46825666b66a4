namespace MlPipeline.Components.Data;

/// <summary>The rows of each split as ValidateData chose them (indices into the dataset), with the data version they belong to.</summary>
internal sealed record StoredSplits(string DataHash, int[] Train, int[] Validation, int[] Benchmark);
