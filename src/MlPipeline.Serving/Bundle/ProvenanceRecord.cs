namespace MlPipeline.Serving.Bundle;

/// <summary>The parts of training.json's <c>provenance</c> the service reports: which model, from which data and code.</summary>
/// <param name="Trainer">xgboost, lightgbm or fasttree.</param>
internal sealed record ProvenanceRecord(
    string ModelSha256,
    string DataHash,
    string Dataset,
    string Trainer,
    GitRecord Git);
