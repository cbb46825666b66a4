using System.Globalization;

namespace MlPipeline.Delivery.Images;

/// <summary>
/// Where an image came from, written into its OCI labels so that <c>docker inspect</c> on any copy of it answers which
/// commit, model version, data and metrics it serves. Keys from the OCI annotations spec
/// (https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys) plus our own.
/// </summary>
/// <param name="Revision">The source control revision (commit) the image was built from.</param>
/// <param name="Version">The version of what is packaged: the model version.</param>
/// <param name="Created">When the image was built.</param>
/// <param name="Source">Where the source lives, e.g. the repository's URL; omitted when null.</param>
/// <param name="DataHash">The hash of the data the model was trained on; omitted when null.</param>
/// <param name="Metrics">The model's evaluation metrics, by name.</param>
public sealed record ImageLineage(
    string Revision,
    string Version,
    DateTimeOffset Created,
    string? Source = null,
    string? DataHash = null,
    IReadOnlyDictionary<string, double>? Metrics = null)
{
    /// <summary>The prefix of the labels that are ours rather than the OCI spec's.</summary>
    public const string LabelPrefix = "io.mlpipeline.";

    /// <summary>The labels, ordered by key.</summary>
    public IReadOnlyDictionary<string, string> ToLabels()
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["org.opencontainers.image.revision"] = Revision,
            ["org.opencontainers.image.version"] = Version,
            ["org.opencontainers.image.created"] = Created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            [LabelPrefix + "model.version"] = Version,
        };
        if (Source is not null)
        {
            labels["org.opencontainers.image.source"] = Source;
        }

        if (DataHash is not null)
        {
            labels[LabelPrefix + "data.hash"] = DataHash;
        }

        foreach (var (name, value) in Metrics ?? new Dictionary<string, double>())
        {
            labels[LabelPrefix + "metrics." + name] = value.ToString("R", CultureInfo.InvariantCulture);
        }

        return labels;
    }
}
