namespace MlPipeline.Components.Registry;

/// <summary>The contents of <c>artifacts/model/registration.json</c>: which version the model became.</summary>
internal sealed record RegistrationRecord(string ModelName, int Version, string State, string ModelSha256, long RunId);
