using MlPipeline.Components.Lineage;

namespace MlPipeline.Components.Training;

/// <summary>The contents of <c>training.json</c>: everything needed to say where a model came from and to train it again.</summary>
/// <param name="Trainer">xgboost, lightgbm or fasttree: which trainer wrote the model and reads it back.</param>
/// <param name="Parameters">Every value training used under the trainer's names, the run settings (seed, nthread, early_stopping_rounds) included.</param>
/// <param name="RunId">The run's number in the registry's tracking.</param>
internal sealed record TrainingLineage(
    string ModelSha256,
    string DataHash,
    string Dataset,
    string Schema,
    string Task,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<string> Features,
    string Trainer,
    IReadOnlyDictionary<string, double> Parameters,
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
