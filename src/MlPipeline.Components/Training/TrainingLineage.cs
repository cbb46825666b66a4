using MlPipeline.Components.Lineage;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Training;

/// <summary>The contents of <c>training.json</c>: everything needed to say where a model came from and to train it again.</summary>
/// <param name="RunId">The run's number in the registry's tracking.</param>
internal sealed record TrainingLineage(
    string ModelSha256,
    string DataHash,
    string Dataset,
    string Schema,
    string Task,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<string> Features,
    XGBoostParameters Parameters,
    int Seed,
    int Nthread,
    string GitCommit,
    bool GitDirty,
    IReadOnlyDictionary<string, string> Libraries,
    MachineInfo Machine,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    double DurationSeconds,
    int TrainRows,
    int ValidationRows,
    int RoundsTrained,
    int BestIteration,
    string ValidationMetric,
    double ValidationValue,
    long RunId);
