using MlPipeline.GitHub;

namespace MlPipeline.Testing.GitHub;

/// <summary>
/// The fake GitHub behind Prism: what a test talks to (<see cref="ApiUrl"/>) has every request and answer checked against
/// GitHub's API description, and what happened is read from <see cref="Fake"/>. Start one per test class or collection:
/// Prism takes a while to read the description.
/// </summary>
public sealed class GitHubContract : IAsyncDisposable
{
    private static int _repositories;

    private GitHubContract(FakeGitHub fake, PrismProxy prism)
    {
        Fake = fake;
        Prism = prism;
    }

    public FakeGitHub Fake { get; }

    public PrismProxy Prism { get; }

    /// <summary>Where clients send requests: Prism's address.</summary>
    public Uri ApiUrl => Prism.Url;

    public static async Task<GitHubContract> StartAsync()
    {
        var fake = await FakeGitHub.StartAsync();
        try
        {
            var prism = await PrismProxy.StartAsync(fake.Url);
            fake.PublicUrl = prism.Url;
            return new GitHubContract(fake, prism);
        }
        catch
        {
            await fake.DisposeAsync();
            throw;
        }
    }

    /// <summary>A repository no other test uses.</summary>
    public FakeRepository NewRepository() => Fake.Repository("octo", $"model-{Interlocked.Increment(ref _repositories)}");

    /// <summary>A client of the repository through Prism.</summary>
    public GitHubApi Connect(FakeRepository repository) =>
        GitHubApi.Connect(ApiUrl, "test-token", new GitHubRepository(repository.Owner, repository.Name));

    public async ValueTask DisposeAsync()
    {
        Prism.Dispose();
        await Fake.DisposeAsync();
    }
}
