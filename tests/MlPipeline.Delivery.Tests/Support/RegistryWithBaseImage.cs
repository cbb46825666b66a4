using MlPipeline.Delivery.Building;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.Tests.Support;

/// <summary>
/// A <see cref="LocalRegistry"/> holding the tests' <see cref="BaseImage"/> as <c>base:1</c>, and the stand-in service
/// published on it once (a publish takes most of a minute) for every test that only needs some image.
/// </summary>
public sealed class RegistryWithBaseImage : IAsyncLifetime
{
    /// <summary>What the stand-in's image is labelled with.</summary>
    public static readonly ImageLineage Lineage = new("0123abc", "7", new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "https://example.org/repo", "sha256:feed",
        new Dictionary<string, double> { ["auc"] = 0.9875 });

    /// <summary>The stand-in's predictions are this × the row's sum.</summary>
    public const double Scale = 2.5;

    private readonly TemporaryDirectory _folder = new();
    private Task<PublishedImage>? _standIn;

    public LocalRegistry Registry { get; } = new();

    public ImageReference BaseImage { get; private set; }

    public RegistryClient Client() => new(Registry.Address);

    /// <summary>The stand-in service published as an image archive (and an app folder), built on first use.</summary>
    public Task<PublishedImage> StandInAsync() =>
        _standIn ??= DaemonlessImageBuilder.BuildAsync(Request(_folder.Path, "churn/model", ["7"]), new Progress<string>(), CancellationToken.None);

    /// <summary>A request to publish the stand-in into <paramref name="folder"/>.</summary>
    public DaemonlessBuildRequest Request(string folder, string repository, IReadOnlyList<string> tags) =>
        new(ServingProject.Path, ServingProject.WriteBundle(Path.Combine(folder, "bundle"), Scale), repository, tags, Lineage.ToLabels(),
            Path.Combine(folder, "image", "image.tar"), Path.Combine(folder, "publish"))
        {
            BaseImage = BaseImage,
        };

    public async Task InitializeAsync()
    {
        using var client = Client();
        BaseImage = await MlPipeline.Testing.Delivery.BaseImage.PushAsync(client, "base", "1", CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Registry.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
