using MlPipeline.Components.Registry;
using MlPipeline.Registry;

namespace MlPipeline.Components.Lineage;

/// <summary>
/// Where a model came from: its file, the data and code it was built from, how it was trained, and where and when. Written
/// once by Train into training.json; the registry's run and version, the ONNX metadata and Evaluate's run are derived from
/// it here, so the fields are spelled in one place.
/// </summary>
/// <param name="ModelSha256">"sha256:" and the lower-case hex of the model file.</param>
/// <param name="Dataset">The dataset's path, relative to the repository root.</param>
/// <param name="Schema">The schema's path, relative to the repository root.</param>
/// <param name="Trainer">xgboost, lightgbm or fasttree: which trainer wrote the model and reads it back.</param>
/// <param name="Parameters">Every value training used under the trainer's names, the run settings (seed, nthread, early_stopping_rounds) included.</param>
/// <param name="Libraries">Library name → version: the trainer's native or managed libraries and .NET.</param>
internal sealed record Provenance(
    string ModelSha256,
    string DataHash,
    string Dataset,
    string Schema,
    GitRevision Git,
    string Trainer,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<string, string> Libraries,
    MachineInfo Machine,
    DateTimeOffset Started,
    DateTimeOffset Ended)
{
    /// <summary>The run as the registry's tracking records it.</summary>
    /// <param name="kind">One of <see cref="RunKinds"/>.</param>
    public RunRecord ToRun(string kind, string modelName, IReadOnlyDictionary<string, double> metrics, IReadOnlyDictionary<string, string> artifacts) =>
        new(kind, modelName, RunTracking.ParametersOf(Trainer, Parameters), metrics, DataHash, Git.Commit, Git.Dirty, Started, Ended, Machine.ToDictionary(), Libraries, artifacts);

    /// <summary>The model as a new registry version: its file, the training run, and this lineage.</summary>
    public NewModelVersion ToVersion(
        string modelName, byte[] model, long runId, IReadOnlyDictionary<string, double> metrics, ModelState verdict, string actor, string reason) =>
        new(modelName, model, runId, DataHash, Git.Commit, Git.Dirty, RunTracking.ParametersOf(Trainer, Parameters), metrics, verdict, actor, reason);

    /// <summary>What an exported ONNX file says of its origin: what serving reports as the model it runs, and what ties the file back to its training run.</summary>
    public IReadOnlyDictionary<string, string> OnnxMetadata(string task) => new Dictionary<string, string>
    {
        ["xgboost_model"] = ModelSha256,
        ["data_hash"] = DataHash,
        ["git_commit"] = Git.Commit,
        ["task"] = task,
    };
}
