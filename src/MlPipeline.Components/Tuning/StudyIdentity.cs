namespace MlPipeline.Components.Tuning;

/// <summary>
/// What makes trials comparable, kept beside trials.jsonl as <c>study.json</c>: an interrupted Tune resumes only a study
/// with the same identity, and starts afresh (saying so) when the data, the space, the sampler or its seed changed.
/// </summary>
internal sealed record StudyIdentity(string Study, string DataHash, string Sampler, int Seed, string Pruner, string Space, string BaseParameters);
