namespace MlPipeline.Reporting.Content;

/// <summary>Counts of benchmark rows: <c>Counts[true class][predicted class]</c>, classes in <see cref="Classes"/>' order.</summary>
public sealed record ConfusionTable(IReadOnlyList<string> Classes, IReadOnlyList<IReadOnlyList<long>> Counts);
