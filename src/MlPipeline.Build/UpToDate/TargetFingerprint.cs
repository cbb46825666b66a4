namespace MlPipeline.Build.UpToDate;

/// <summary>
/// What a target's last successful run saw and left behind. <see cref="Digest"/> covers inputs, parameters and
/// dependencies; <see cref="Outputs"/> lets the engine notice outputs that were deleted or changed since.
/// Secret parameters appear only as a mask here; their values enter the digest alone.
/// </summary>
internal sealed record TargetFingerprint(
    string Target,
    string Digest,
    SortedDictionary<string, string> Inputs,
    SortedDictionary<string, string> Parameters,
    SortedDictionary<string, string> Dependencies,
    SortedDictionary<string, string> Outputs);
