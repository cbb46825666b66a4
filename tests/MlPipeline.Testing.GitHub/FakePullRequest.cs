namespace MlPipeline.Testing.GitHub;

public sealed record FakePullRequest(int Number, string Head, string Base, string Title, string Body, string State);
