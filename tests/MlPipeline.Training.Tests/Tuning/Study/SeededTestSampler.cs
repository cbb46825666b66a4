using MlPipeline.Data.Randomness;
using MlPipeline.Training.Metrics.Bootstrap;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Tests.Tuning.Study;

/// <summary>
/// Uniform values from the trial number alone, for runner tests (the real samplers are elsewhere). Records the history it
/// was shown, so a test can check what the runner passed.
/// </summary>
internal sealed class SeededTestSampler(ulong seed) : ISampler
{
    public List<(int Number, int[] HistoryNumbers)> Calls { get; } = [];

    public IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history)
    {
        Calls.Add((trialNumber, [.. history.Select(t => t.Number)]));
        var values = new Dictionary<string, TrialValue>();
        for (var index = 0; index < space.Parameters.Count; index++)
        {
            var uniform = space.Parameters[index] as UniformSpace
                ?? throw new NotSupportedException($"The test sampler draws uniform spaces only, not {space.Parameters[index]}.");
            var draw = SplitMix64.At(seed, (ulong)((trialNumber * space.Parameters.Count) + index));
            values[uniform.Name] = TrialValue.Of(uniform.Low + ((draw >> 11) * (1.0 / (1UL << 53)) * (uniform.High - uniform.Low)));
        }

        return values;
    }
}
