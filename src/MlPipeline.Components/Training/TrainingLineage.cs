using MlPipeline.Components.Lineage;

namespace MlPipeline.Components.Training;

/// <summary>The contents of <c>training.json</c>: where the model came from, and what training saw and reached.</summary>
/// <param name="Features">The model's input columns in order, which the ONNX export keeps.</param>
/// <param name="RunId">The run's number in the registry's tracking.</param>
internal sealed record TrainingLineage(
    Provenance Provenance,
    string Task,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<string> Features,
    int TrainRows,
    int ValidationRows,
    int RoundsTrained,
    int BestIteration,
    string ValidationMetric,
    double ValidationValue,
    long RunId);
