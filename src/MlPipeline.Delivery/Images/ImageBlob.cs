namespace MlPipeline.Delivery.Images;

/// <summary>A layer or config of an <see cref="ImageArchive"/>: its descriptor's fields and the file holding its bytes.</summary>
public sealed record ImageBlob(string MediaType, ImageDigest Digest, long Size, string Path);
