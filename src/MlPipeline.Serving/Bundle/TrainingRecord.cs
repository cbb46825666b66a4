namespace MlPipeline.Serving.Bundle;

/// <summary>The parts of training.json the service reads (the file holds more; see TrainingLineage in the components).</summary>
/// <param name="Classes">A classifier's classes in output order; null for regression.</param>
/// <param name="Features">The model's input columns in order.</param>
internal sealed record TrainingRecord(
    string ModelSha256,
    string DataHash,
    string Dataset,
    string Task,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<string> Features,
    string Trainer,
    string GitCommit,
    bool GitDirty);
