namespace MlPipeline.Registry;

/// <summary>
/// One tracked run of Train, a Tune trial or Evaluate: what went in (parameters, data, code), what came out (metrics,
/// artifacts) and where it ran.
/// </summary>
/// <param name="Kind">One of <see cref="RunKinds"/>: "train", "tune-trial" or "evaluate".</param>
/// <param name="ModelName">The model the run belongs to, when there is one.</param>
/// <param name="DataHash">The content hash of the dataset the run read.</param>
/// <param name="GitCommit">The commit of the code that ran.</param>
/// <param name="GitDirty">Whether the working tree had uncommitted changes.</param>
/// <param name="Machine">OS, cores and the like.</param>
/// <param name="Libraries">Library name → version (XGBoost, .NET, ...).</param>
/// <param name="Artifacts">Artifact name → path.</param>
public sealed record RunRecord(
    string Kind,
    string? ModelName,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    string DataHash,
    string GitCommit,
    bool GitDirty,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    IReadOnlyDictionary<string, string> Machine,
    IReadOnlyDictionary<string, string> Libraries,
    IReadOnlyDictionary<string, string> Artifacts)
{
    /// <summary>How long the run took.</summary>
    public TimeSpan Duration => Ended - Started;
}
