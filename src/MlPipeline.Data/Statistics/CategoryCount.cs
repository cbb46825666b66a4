namespace MlPipeline.Data.Statistics;

/// <summary>How many rows hold one category.</summary>
public sealed record CategoryCount(string Category, int Count);
