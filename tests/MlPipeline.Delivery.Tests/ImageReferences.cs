using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Tests;

public static class ImageReferences
{
    [Fact]
    public static void AFullReferenceIsSplitIntoItsParts()
    {
        var digest = "sha256:" + new string('a', 64);
        var reference = ImageReference.Parse($"127.0.0.1:5000/acme/churn-model:1.4.0@{digest}");

        Assert.Equal("127.0.0.1:5000", reference.Registry);
        Assert.Equal("acme/churn-model", reference.Repository);
        Assert.Equal("1.4.0", reference.Tag);
        Assert.Equal(digest, reference.Digest?.Value);
        Assert.Equal(digest, reference.ManifestReference);
        Assert.Equal($"127.0.0.1:5000/acme/churn-model:1.4.0@{digest}", reference.ToString());
    }

    [Fact]
    public static void AReferenceWithoutTagNamesLatest()
    {
        var reference = ImageReference.Parse("ghcr.io/acme/model");

        Assert.Null(reference.Tag);
        Assert.Equal("latest", reference.ManifestReference);
    }

    [Theory]
    [InlineData("acme/model:1", "names no registry")]
    [InlineData("model", "names no registry")]
    [InlineData("ghcr.io/Acme/model:1", "the repository must be lower-case")]
    [InlineData("ghcr.io/acme/model:-1", "a tag is 1 to 128")]
    [InlineData("ghcr.io/acme/model:1@sha256:abc", "the digest 'sha256:abc' after '@'")]
    [InlineData("bad_host:5000/model:1", "the registry must be a host name")]
    public static void AMalformedReferenceIsRejectedNamingThePart(string text, string expected)
    {
        var exception = Assert.Throws<DeliveryException>(() => ImageReference.Parse(text));

        Assert.Equal(DeliveryError.InvalidInput, exception.Error);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Example: '127.0.0.1:5000/acme/churn-model:1.4.0'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public static void ADigestIsTheSha256OfTheBytes()
    {
        // sha256("abc"), from FIPS 180-2's examples.
        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ImageDigest.Of("abc"u8).Value);
        Assert.Throws<DeliveryException>(() => ImageDigest.Parse("sha256:BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
    }

    [Fact]
    public static void LineageBecomesOciLabels()
    {
        var lineage = new ImageLineage("0123abc", "7", new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), "https://example.org/repo", "sha256:feed",
            new Dictionary<string, double> { ["auc"] = 0.9875 });

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["io.mlpipeline.data.hash"] = "sha256:feed",
                ["io.mlpipeline.metrics.auc"] = "0.9875",
                ["io.mlpipeline.model.version"] = "7",
                ["org.opencontainers.image.created"] = "2026-12-04T10:00:00Z",
                ["org.opencontainers.image.revision"] = "0123abc",
                ["org.opencontainers.image.source"] = "https://example.org/repo",
                ["org.opencontainers.image.version"] = "7",
            },
            lineage.ToLabels());
    }
}
