using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>
/// Each observed choice's kernel puts weight 1 on that choice and prior/(n + 1) on every choice, renormalised; the
/// prior's kernel is uniform. Choices have no order, so no bandwidth: a good choice is just more likely.
/// </summary>
internal sealed class CategoricalKernels : IKernels
{
    private readonly double[][] _probabilities;

    private CategoricalKernels(double[][] probabilities) => _probabilities = probabilities;

    public static CategoricalKernels Fit(CategoricalSpace parameter, IReadOnlyList<double> observations, double priorWeight)
    {
        var choices = parameter.Choices.Count;
        if (observations.Count == 0)
        {
            return new([Enumerable.Repeat(1.0 / choices, choices).ToArray()]);
        }

        var kernels = observations.Count + 1;
        var probabilities = new double[kernels][];
        for (var k = 0; k < kernels; k++)
        {
            var row = Enumerable.Repeat(priorWeight / kernels, choices).ToArray();
            if (k < observations.Count)
            {
                row[(int)observations[k]] += 1;
            }

            var sum = row.Sum();
            probabilities[k] = sum == 0 ? row : [.. row.Select(p => p / sum)];
        }

        return new(probabilities);
    }

    public double Sample(int kernel, Xoshiro256StarStar random)
    {
        var row = _probabilities[kernel];
        var unit = random.NextUnit();
        var cumulative = 0.0;
        for (var choice = 0; choice < row.Length - 1; choice++)
        {
            cumulative += row[choice];
            if (unit < cumulative)
            {
                return choice;
            }
        }

        return row.Length - 1;
    }

    public double LogDensity(int kernel, double value) => Math.Log(_probabilities[kernel][(int)value]);
}
