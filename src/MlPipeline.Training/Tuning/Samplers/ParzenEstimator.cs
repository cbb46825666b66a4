using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>
/// A mixture with one product kernel per observed trial plus a prior kernel: l(x) when fitted to the good trials,
/// g(x) to the bad ones. Over one parameter it is the univariate estimator; over all of them, the multivariate one.
/// </summary>
internal sealed class ParzenEstimator
{
    // Optuna's default_weights: the newest 25 trials weigh 1, older ones ramp down linearly, so a long study forgets slowly.
    private const int FlatTrials = 25;

    private readonly IKernels[] _columns;
    private readonly double[] _logWeights;
    private readonly double[] _cumulative;

    private ParzenEstimator(IKernels[] columns, double[] weights)
    {
        _columns = columns;
        _logWeights = [.. weights.Select(weight => Math.Log(weight))];
        _cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var k = 0; k < weights.Length; k++)
        {
            sum += weights[k];
            _cumulative[k] = sum;
        }

        _cumulative[^1] = 1;
    }

    /// <param name="parameters">The parameters the estimator covers, in the space's order.</param>
    /// <param name="observations">Each trial's internal values of those parameters, oldest trial first.</param>
    /// <param name="priorWeight">The prior kernel's weight beside the trials'.</param>
    public static ParzenEstimator Fit(IReadOnlyList<ParameterSpace> parameters, IReadOnlyList<double[]> observations, double priorWeight)
    {
        var columns = parameters.Select((parameter, i) =>
        {
            var values = observations.Select(observation => observation[i]).ToArray();
            return parameter is CategoricalSpace categorical
                ? (IKernels)CategoricalKernels.Fit(categorical, values, priorWeight)
                : NumericKernels.Fit(parameter, values);
        }).ToArray();
        double[] weights = observations.Count == 0 ? [1.0] : [.. TrialWeights(observations.Count), priorWeight];
        var total = weights.Sum();
        return new(columns, [.. weights.Select(weight => weight / total)]);
    }

    public double[] Sample(Xoshiro256StarStar random)
    {
        var unit = random.NextUnit();
        var kernel = Array.FindIndex(_cumulative, cumulative => unit < cumulative);
        return [.. _columns.Select(column => column.Sample(kernel, random))];
    }

    public double LogDensity(double[] point)
    {
        var terms = new double[_logWeights.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            terms[k] = _logWeights[k];
            for (var i = 0; i < _columns.Length; i++)
            {
                terms[k] += _columns[i].LogDensity(k, point[i]);
            }
        }

        var max = terms.Max();
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(terms.Sum(term => Math.Exp(term - max)));
    }

    internal static IEnumerable<double> TrialWeights(int count)
    {
        if (count <= FlatTrials)
        {
            return Enumerable.Repeat(1.0, count);
        }

        var ramped = count - FlatTrials;
        var first = 1.0 / count;
        var ramp = ramped == 1 ? [first] : Enumerable.Range(0, ramped).Select(i => first + i * (1 - first) / (ramped - 1));
        return ramp.Concat(Enumerable.Repeat(1.0, FlatTrials));
    }
}
