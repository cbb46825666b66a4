using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

internal static class SamplerHistory
{
    private static readonly IReadOnlyDictionary<int, double> NoSteps = new Dictionary<int, double>();

    public static Trial Completed(int number, IReadOnlyDictionary<string, TrialValue> values, double value) =>
        new(number, values, TrialState.Completed, value, NoSteps, 0, TimeSpan.Zero);

    public static Trial Running(int number, IReadOnlyDictionary<string, TrialValue> values) =>
        new(number, values, TrialState.Running, null, NoSteps, 0, TimeSpan.Zero);

    public static Trial Pruned(int number, IReadOnlyDictionary<string, TrialValue> values, int step, double value) =>
        new(number, values, TrialState.Pruned, null, new Dictionary<int, double> { [step] = value }, step, TimeSpan.Zero);

    public static Trial Failed(int number, IReadOnlyDictionary<string, TrialValue> values) =>
        new(number, values, TrialState.Failed, null, NoSteps, 0, TimeSpan.Zero, "boom");
}
