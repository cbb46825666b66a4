namespace MlPipeline.GitHub.Checks;

/// <param name="Requests">How many requests the check took: one, plus one per further batch of annotations.</param>
public sealed record CheckRunResult(long Id, Uri Url, int Requests);
