using System.Text.Json.Serialization;

namespace MlPipeline.Training.Tuning;

/// <summary>One trial of a study: the values it tried and what came of them.</summary>
/// <param name="Number">0-based, in the order the trials were started.</param>
/// <param name="Value">The objective (always minimised; a sampler sees a maximised metric negated); null while running or when failed.</param>
/// <param name="Intermediate">The objective after each reported step (boosting round), for pruning: step → value.</param>
/// <param name="LastStep">The last step reported (the round a pruned trial reached).</param>
/// <param name="Heartbeat">In a shared study, when its worker last said it was still running it (UTC, the worker's clock); see <see cref="Study.StudyOptions.StaleAfter"/>.</param>
public sealed record Trial(
    int Number,
    IReadOnlyDictionary<string, TrialValue> Values,
    TrialState State,
    double? Value,
    IReadOnlyDictionary<int, double> Intermediate,
    int LastStep,
    TimeSpan Duration,
    string? Error = null,
    // Only shared studies have one; the trials files of the others stay as they were.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Heartbeat = null);
