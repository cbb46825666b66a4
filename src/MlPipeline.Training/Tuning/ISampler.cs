namespace MlPipeline.Training.Tuning;

/// <summary>Proposes the values of the next trial from the trials so far.</summary>
/// <remarks>
/// Deterministic: the same space, seed, trial number and history give the same values. A sampler that uses the history
/// (TPE) depends on which trials had finished when the next one started, so its sequence is independent of parallelism
/// only when trials run one at a time; random and grid use only the trial number and are independent of it.
/// </remarks>
public interface ISampler
{
    IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history);
}
