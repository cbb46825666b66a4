namespace MlPipeline.Testing.GitHub;

public sealed record FakeComment(long Id, int Issue, string Body);
