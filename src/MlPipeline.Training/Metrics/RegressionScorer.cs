namespace MlPipeline.Training.Metrics;

/// <summary>rmse, mae and r2 over weighted rows.</summary>
internal sealed class RegressionScorer : IRowScorer
{
    private readonly float[] _truth;
    private readonly double[] _errors;

    public RegressionScorer(float[] truth, float[] predicted, string predictedName = "predicted")
    {
        MetricInputs.CheckRegression(truth, predicted, predictedName);
        _truth = truth;
        _errors = new double[truth.Length];
        for (var row = 0; row < truth.Length; row++)
        {
            _errors[row] = (double)truth[row] - predicted[row];
        }
    }

    public int RowCount => _truth.Length;

    public IReadOnlyList<string> Names => MetricNames.Regression;

    public void Score(ReadOnlySpan<int> counts, Span<double> values)
    {
        long total = 0;
        double truthSum = 0, squaredErrors = 0, absoluteErrors = 0;
        for (var row = 0; row < _truth.Length; row++)
        {
            var weight = counts[row];
            total += weight;
            truthSum += weight * (double)_truth[row];
            squaredErrors += weight * _errors[row] * _errors[row];
            absoluteErrors += weight * Math.Abs(_errors[row]);
        }

        var mean = truthSum / total;
        double variation = 0;
        for (var row = 0; row < _truth.Length; row++)
        {
            var deviation = _truth[row] - mean;
            variation += counts[row] * deviation * deviation;
        }

        values[0] = Math.Sqrt(squaredErrors / total);
        values[1] = absoluteErrors / total;

        // sklearn's force_finite: a constant truth scores 1 when predicted exactly, else 0.
        values[2] = variation > 0 ? 1 - squaredErrors / variation : squaredErrors == 0 ? 1 : 0;
    }
}
