using MlPipeline.Build;

namespace MlPipeline.Components.Data;

/// <summary>The <c>DetectDrift</c> target: is a new batch of data still like the data the model learned from?</summary>
public interface IDetectDrift : IDataset
{
    [Parameter("Reference for drift detection: a profile saved by ValidateData (.json) or a CSV; default: the profile ValidateData saved for --dataset")]
    AbsolutePath? DriftReference => ParameterValue<AbsolutePath?>(null);

    [Parameter("The new batch (CSV with the dataset's schema) to compare with the reference")]
    AbsolutePath? DriftBatch => ParameterValue<AbsolutePath?>(null);

    [Parameter("Fail the build when the batch drifted; without it drift is reported (nightly builds use it as a retraining trigger)")]
    bool FailOnDrift => ParameterValue(false);

    [Parameter("Share of drifted columns at which the whole batch counts as drifted")]
    double DriftShareThreshold => ParameterValue(0.5);

    Target DetectDrift => _ => _
        .Description("Compare a new batch with the reference column by column (KS/chi-square or PSI/Jensen-Shannon); write artifacts/data/drift.json")
        .Requires(() => DriftBatch)
        .TryDependsOn<IValidateData>(x => x.ValidateData)
        .Executes(() => new DriftCheck(this).Run());
}
