namespace MlPipeline.Training.Tuning.Study;

/// <summary>Trains and scores one trial's values.</summary>
/// <returns>The loss to minimise. An exception fails the trial with its message; cancellation by the study's token leaves it to resume.</returns>
public delegate double TrialObjective(IReadOnlyDictionary<string, TrialValue> values, TrialContext context, CancellationToken cancellation);
