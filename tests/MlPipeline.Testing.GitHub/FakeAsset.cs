namespace MlPipeline.Testing.GitHub;

public sealed record FakeAsset(long Id, string Name, byte[] Content);
