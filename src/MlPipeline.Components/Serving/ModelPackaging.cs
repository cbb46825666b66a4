using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Serving.Bundle;
using MlPipeline.Serving.Scoring;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Serving;

/// <summary>What <see cref="IPackageModel.PackageModel"/> does: the bundle written beside its place, loaded, then swapped in whole.</summary>
internal static class ModelPackaging
{
    public static void Run(IPackageModel build)
    {
        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var bundle = build.ServingBundle;
        var parent = bundle.Parent!;
        Directory.CreateDirectory(parent);
        var staging = parent / $".{bundle.Name}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(staging);
        try
        {
            File.Copy(ArtifactPaths.Model.Onnx(build), staging / BundleFiles.Onnx);
            File.Copy(ArtifactPaths.Model.Lineage(build), staging / BundleFiles.Training);
            File.Copy(build.SchemaPath, staging / BundleFiles.Schema);
            File.Copy(ArtifactPaths.Model.Metrics(build), staging / BundleFiles.Metrics);
            if (TrainerCatalog.Named(lineage.Provenance.Trainer).Kind == TrainerKind.XGBoost)
            {
                File.Copy(ArtifactPaths.Model.File(build, TrainerCatalog.Named(lineage.Provenance.Trainer)), staging / BundleFiles.XGBoostModel);
            }

            var registered = Registration(build, lineage);
            if (registered is not null)
            {
                File.Copy(ArtifactPaths.Model.Registration(build), staging / BundleFiles.Registration);
            }

            // The bundle must load as the service loads it, or it is not written at all.
            using (ModelService.Load(staging))
            {
            }

            Swap(staging, bundle);
            build.Log.Information(
                $"Packaged {(registered is null ? "the unregistered model (served as version 0)" : $"{registered.ModelName} version {registered.Version}")} "
                + $"into {bundle.RelativeTo(build.RootDirectory)}: {string.Join(", ", Directory.GetFiles(bundle).Select(Path.GetFileName).Order(StringComparer.Ordinal))}.");
        }
        catch (BundleException exception)
        {
            throw new InvalidOperationException($"The model cannot be packaged for serving: {exception.Message}", exception);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>registration.json when it registered this very model (a previous model's is left out).</summary>
    private static Registry.RegistrationRecord? Registration(IPackageModel build, TrainingLineage lineage)
    {
        if (!File.Exists(ArtifactPaths.Model.Registration(build)))
        {
            return null;
        }

        var registration = ArtifactJson.Read<Registry.RegistrationRecord>(ArtifactPaths.Model.Registration(build), "Register");
        return Digest(registration.ModelSha256) == Digest(lineage.Provenance.ModelSha256) ? registration : null;
    }

    // training.json writes the digest with its algorithm ("sha256:…"), the registry without.
    private static string Digest(string sha256) => sha256.StartsWith("sha256:", StringComparison.Ordinal) ? sha256["sha256:".Length..] : sha256;

    // A directory cannot be renamed over another: the old bundle is moved aside first, so a reader sees the old one or the new one.
    private static void Swap(string staging, string bundle)
    {
        var old = bundle + $".{Guid.NewGuid():N}.old";
        if (Directory.Exists(bundle))
        {
            Directory.Move(bundle, old);
        }

        Directory.Move(staging, bundle);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }
}
