namespace MlPipeline.Training.Tuning;

/// <summary>The parameters a study tunes, in a fixed order (which fixes how a seeded sampler draws them).</summary>
public sealed record SearchSpace(IReadOnlyList<ParameterSpace> Parameters);
