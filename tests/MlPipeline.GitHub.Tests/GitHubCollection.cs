namespace MlPipeline.GitHub.Tests;

[CollectionDefinition(Name)]
public sealed class GitHubCollection : ICollectionFixture<GitHubContractFixture>
{
    public const string Name = "GitHub";
}
