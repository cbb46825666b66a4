namespace MlPipeline.GitHub.Tests;

/// <summary>One fake GitHub behind Prism for every test of this project; each test takes its own repository.</summary>
public sealed class GitHubContractFixture : IAsyncLifetime
{
    private GitHubContract? _contract;

    public GitHubContract Contract => _contract ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync() => _contract = await GitHubContract.StartAsync();

    public async Task DisposeAsync()
    {
        if (_contract is not null)
        {
            await _contract.DisposeAsync();
        }
    }
}
