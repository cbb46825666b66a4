namespace MlPipeline.Serving.Bundle;

/// <summary>The parts of registration.json the service reads: which registered version it serves.</summary>
internal sealed record RegistrationRecord(string ModelName, int Version, string State);
