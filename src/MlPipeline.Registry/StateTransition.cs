namespace MlPipeline.Registry;

/// <summary>One entry of the audit trail: a version moved from one state to another, when, by whom and why.</summary>
/// <param name="From">Null for the first entry, when the version came into being as <see cref="ModelState.Created"/>.</param>
public sealed record StateTransition(string ModelName, int Version, ModelState? From, ModelState To, DateTimeOffset At, string Actor, string Reason);
