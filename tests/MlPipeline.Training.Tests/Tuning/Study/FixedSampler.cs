using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Tests.Tuning.Study;

/// <summary>Trial n gets the n-th value of the one parameter "x", so a test chooses exactly what each trial tries.</summary>
internal sealed class FixedSampler(params double[] xs) : ISampler
{
    public IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history) =>
        new Dictionary<string, TrialValue> { ["x"] = TrialValue.Of(xs[trialNumber]) };
}
