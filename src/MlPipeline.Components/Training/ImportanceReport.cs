namespace MlPipeline.Components.Training;

/// <summary>The contents of <c>importance.json</c>, most important feature first.</summary>
internal sealed record ImportanceReport(string Method, IReadOnlyList<FeatureWeight> Features);

internal sealed record FeatureWeight(string Name, double Importance);
