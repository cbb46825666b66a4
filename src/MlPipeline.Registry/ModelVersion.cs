namespace MlPipeline.Registry;

/// <summary>A registered version of a model: its file (by SHA-256), its lineage, its metrics and its state now.</summary>
/// <param name="Version">1, 2, 3, ... per model name, without gaps.</param>
/// <param name="ModelSha256">Lower-case hex SHA-256 of the model file; <see cref="IModelRegistry.ReadModel"/> returns its bytes.</param>
/// <param name="ModelSize">The model file's length in bytes.</param>
public sealed record ModelVersion(
    string ModelName,
    int Version,
    ModelState State,
    string ModelSha256,
    long ModelSize,
    long? RunId,
    string DataHash,
    string GitCommit,
    bool GitDirty,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    DateTimeOffset Created);
