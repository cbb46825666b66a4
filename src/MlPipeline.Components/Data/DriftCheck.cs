using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Components.Data;

/// <summary>What <see cref="IDetectDrift.DetectDrift"/> does.</summary>
internal sealed class DriftCheck(IDetectDrift build)
{
    public void Run()
    {
        var schema = DatasetFiles.ReadSchema(build.SchemaPath);
        var reference = LoadReference(schema);
        var batch = DatasetFiles.Load(build.DriftBatch!, schema);
        var report = DriftDetector.Detect(reference, batch.Table, schema, new DriftOptions(build.DriftShareThreshold));

        var path = ArtifactPaths.Data.Drift(build);
        DriftReportFile.Write(path, report);
        build.Log.Information(DriftReportTable.Render(report));
        var verdict = $"{(report.Drifted ? "Drift" : "No drift")}: {report.Columns.Count(c => c.Drifted)} of {report.Columns.Count} columns drifted "
            + $"(share {report.DriftedShare:0.##}, threshold {report.ShareThreshold:0.##}); written to {path.RelativeTo(build.RootDirectory)}";
        if (report.Drifted && build.FailOnDrift)
        {
            throw new InvalidOperationException(verdict + ". Drop --fail-on-drift to report drift without failing.");
        }

        if (report.Drifted)
        {
            build.Log.Warning(verdict);
        }
        else
        {
            build.Log.Information(verdict);
        }
    }

    private ReferenceProfile LoadReference(DatasetSchema schema)
    {
        var reference = build.DriftReference ?? ArtifactPaths.Data.ReferenceProfile(build);
        if (build.DriftReference is null && !reference.Exists)
        {
            throw new FileNotFoundException(
                $"No reference profile at {reference.RelativeTo(build.RootDirectory)}. Run ValidateData on the training data first, or pass --drift-reference with a profile or a CSV.");
        }

        return reference.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? ReferenceProfile.Create(DatasetFiles.Load(reference, schema).Table, schema)
            : ReferenceProfileFile.Read(reference);
    }
}
