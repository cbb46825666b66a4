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
        var lineage = ArtifactJson.Read<TrainingLineage>(ModelArtifacts.Lineage(build), "Train");
        var bundle = build.ServingBundle;
        var parent = bundle.Parent!;
        Directory.CreateDirectory(parent);
        var staging = parent / $".{bundle.Name}.{Guid.NewGuid():N}.tmp";
        Directory.CreateDirectory(staging);
        try
        {
            File.Copy(ModelArtifacts.Onnx(build), staging / BundleFiles.Onnx);
            File.Copy(ModelArtifacts.Lineage(build), staging / BundleFiles.Training);
            File.Copy(build.SchemaPath, staging / BundleFiles.Schema);
            File.Copy(ModelArtifacts.Metrics(build), staging / BundleFiles.Metrics);
            if (TrainerCatalog.Named(lineage.Trainer).Kind == TrainerKind.XGBoost)
            {
                File.Copy(ModelArtifacts.Model(build, TrainerCatalog.Named(lineage.Trainer)), staging / BundleFiles.XGBoostModel);
            }

            var registered = Registration(build, lineage);
            if (registered is not null)
            {
                File.Copy(ModelArtifacts.Registration(build), staging / BundleFiles.Registration);
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
        if (!File.Exists(ModelArtifacts.Registration(build)))
        {
            return null;
        }

        var registration = ArtifactJson.Read<Registry.RegistrationRecord>(ModelArtifacts.Registration(build), "Register");
        return registration.ModelSha256 == lineage.ModelSha256 ? registration : null;
    }

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
