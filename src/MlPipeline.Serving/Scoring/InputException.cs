namespace MlPipeline.Serving.Scoring;

/// <summary>A request the service cannot score; the message names the field and row and is returned to the client with status 400.</summary>
public sealed class InputException(string message) : Exception(message);
