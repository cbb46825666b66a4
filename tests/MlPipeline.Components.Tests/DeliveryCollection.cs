using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Testing.Delivery;

namespace MlPipeline.Components.Tests;

/// <summary>
/// One registry holding a base image made from this machine's C runtime, for every test that builds and pushes the
/// service's image; the tests run one at a time because they publish the same project (its obj/ folder is shared).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeliveryCollection : ICollectionFixture<DeliveryCollection.Registry>
{
    public const string Name = "Delivery targets";

    public sealed class Registry : IAsyncLifetime
    {
        public LocalRegistry Server { get; } = new();

        public ImageReference BaseImage { get; private set; }

        public RegistryClient Client() => new(Server.Address);

        public async Task InitializeAsync()
        {
            using var client = Client();
            BaseImage = await MlPipeline.Testing.Delivery.BaseImage.PushAsync(client, "base", "1", CancellationToken.None);
        }

        public Task DisposeAsync()
        {
            Server.Dispose();
            return Task.CompletedTask;
        }
    }
}
