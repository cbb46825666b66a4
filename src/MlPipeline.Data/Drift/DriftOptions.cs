using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift;

/// <summary>How columns are tested and how column verdicts add up to the dataset's.</summary>
/// <param name="ShareThreshold">The dataset counts as drifted when at least this share of its tested columns drifted; default 0.5.</param>
/// <param name="SmallSampleLimit">
/// References with at most this many values in a column get a p-value test (KS, chi-square), larger ones a distance
/// (PSI, Jensen–Shannon); default 5,000. A numeric column also needs its values in the profile for KS, which the
/// profile keeps up to its own <see cref="ReferenceProfile.SmallSampleLimit"/>.
/// </param>
public sealed record DriftOptions(double ShareThreshold = DriftOptions.DefaultShareThreshold, int SmallSampleLimit = ReferenceProfile.DefaultSmallSampleLimit)
{
    public const double DefaultShareThreshold = 0.5;

    public static DriftOptions Default { get; } = new();
}
