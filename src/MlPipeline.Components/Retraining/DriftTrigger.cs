using System.Globalization;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Data;
using MlPipeline.Components.Registry;
using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Components.Retraining;

/// <summary>
/// The new batch (<c>--drift-batch</c>) drifted from the reference profile kept with the deployed version. Without a batch
/// there is nothing new to compare: the dataset is then the data the version learned from, or the data check already fired.
/// </summary>
internal static class DriftTrigger
{
    public static TriggerCheck Check(DecisionInputs inputs)
    {
        var build = inputs.Build;
        if (build.DriftBatch is not { } batchPath)
        {
            return TriggerCheck.NotChecked(Triggers.Drift, "no --drift-batch");
        }

        var deployed = inputs.Deployed;
        var stored = inputs.Registry.ReadArtifact(deployed.ModelName, deployed.Version, VersionFiles.ReferenceProfile);
        if (stored is null)
        {
            return TriggerCheck.NotChecked(Triggers.Drift,
                $"{inputs.DeployedName} was registered without a reference profile (Register keeps ValidateData's since the registry's schema 3); retrain once to record one");
        }

        var reference = ReferenceProfileFile.Parse(stored, $"the reference profile of {inputs.DeployedName}");
        var batch = DatasetFiles.Load(batchPath, inputs.Schema).Table;
        var report = DriftDetector.Detect(reference, batch, inputs.Schema, new DriftOptions(build.DriftShareThreshold));
        DriftReportFile.Write(ArtifactPaths.Retrain.Drift(build), report);

        var drifted = report.Columns.Where(c => c.Drifted).Select(c => c.Name).ToList();
        var share = $"{drifted.Count} of {report.Columns.Count} columns of {inputs.Shown(batchPath)} drifted from {inputs.DeployedName}'s data "
            + $"(share {Number(report.DriftedShare)}, threshold {Number(report.ShareThreshold)})";
        return report.Drifted
            ? TriggerCheck.Fired(Triggers.Drift, $"{share}: {string.Join(", ", drifted)}")
            : TriggerCheck.NotFired(Triggers.Drift, share);
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
