namespace MlPipeline.Reporting.Content;

/// <summary>Which model the report is about.</summary>
/// <param name="Version">The registry version; null when the model was not registered.</param>
/// <param name="State">The version's state (passed, discarded, …); null when unregistered.</param>
/// <param name="ModelSha256">sha256:… of the model file.</param>
public sealed record ModelIdentity(string Name, int? Version, string? State, string Trainer, string ModelSha256, string DataHash, string? Commit);
