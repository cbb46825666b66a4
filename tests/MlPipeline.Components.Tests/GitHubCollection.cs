using MlPipeline.Testing.GitHub;

namespace MlPipeline.Components.Tests;

/// <summary>The GitHub target tests share one fake GitHub behind Prism (Prism takes a while to read GitHub's API description).</summary>
[CollectionDefinition(Name)]
public sealed class GitHubCollection : ICollectionFixture<GitHubCollection.Contract>
{
    public const string Name = "GitHub targets";

    public sealed class Contract : IAsyncLifetime
    {
        private GitHubContract? _started;

        public GitHubContract Started => _started ?? throw new InvalidOperationException("The GitHub contract has not started.");

        async Task IAsyncLifetime.InitializeAsync() => _started = await GitHubContract.StartAsync();

        async Task IAsyncLifetime.DisposeAsync()
        {
            if (_started is not null)
            {
                await _started.DisposeAsync();
            }
        }
    }
}
