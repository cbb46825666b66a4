using System.Security.Cryptography;
using System.Text.Json;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Components.Gates;

/// <summary>Reads and writes the committed baseline: <c>models/baseline.json</c> and the per-row predictions it vouches for by hash.</summary>
internal static class BaselineFiles
{
    /// <returns>Null when no model has been promoted yet.</returns>
    /// <exception cref="InvalidOperationException">The files are unreadable or the predictions are not the ones baseline.json names.</exception>
    public static (Baseline Summary, BaselinePredictions Predictions)? Read(IPipelineBuild build)
    {
        if (!ArtifactPaths.Baseline.Summary(build).Exists)
        {
            return null;
        }

        var summary = ArtifactJson.Read<Baseline>(ArtifactPaths.Baseline.Summary(build), "Promote");
        var bytes = ArtifactPaths.Baseline.Predictions(build).Exists ? File.ReadAllBytes(ArtifactPaths.Baseline.Predictions(build)) : [];
        if (Sha256(bytes) != summary.PredictionsSha256)
        {
            throw new InvalidOperationException(
                $"{ArtifactPaths.Baseline.Predictions(build).RelativeTo(build.RootDirectory)} is missing or is not the file {ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} names "
                + $"(expected {summary.PredictionsSha256}). Restore both from git (git checkout -- models/), or promote a version again with ./build.sh Promote.");
        }

        return (summary, JsonSerializer.Deserialize<BaselinePredictions>(bytes, DataJson.Options)!);
    }

    /// <summary>The predictions first, then the summary that names their hash, so a crash in between leaves the old baseline readable or a clear mismatch.</summary>
    public static void Write(IPipelineBuild build, Baseline summary, BaselinePredictions predictions)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(predictions, DataJson.Options);
        AtomicFile.Write(ArtifactPaths.Baseline.Predictions(build), stream => stream.Write(bytes));
        ArtifactJson.Write(ArtifactPaths.Baseline.Summary(build), summary with { PredictionsSha256 = Sha256(bytes) });
    }

    private static string Sha256(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
