namespace MlPipeline.Delivery.Tests.Support;

/// <summary>
/// The tests that publish the stand-in service share one registry with the base image in it, and run one at a time:
/// they publish the same project, whose obj/ folder two publishes at once would fight over.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DeliveryCollection : ICollectionFixture<RegistryWithBaseImage>
{
    public const string Name = "Delivery";
}
