using System.Globalization;
using System.Runtime.CompilerServices;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"correlated-features": numeric feature pairs so linearly related that one is nearly a copy of the other.</summary>
internal sealed class CorrelatedFeaturesCheck : IValidationCheck
{
    public const string Id = "correlated-features";

    // Two points are always perfectly correlated; three is the least that can say anything.
    private const int MinRows = 3;

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        var features = context.Schema.Columns
            .Where(c => c.Role == ColumnRole.Feature && c.Type is ColumnType.Numeric or ColumnType.Integer or ColumnType.Boolean)
            .Select(c => (Schema: c, Values: context.Column<NumericColumn>(c).Values))
            .ToArray();
        var moments = new Moments?[features.Length];
        Parallel.For(0, features.Length, i => moments[i] = Moments.Of(features[i].Values));
        // Pairs are independent, so the rows of the pair triangle run in parallel; each r is computed exactly as alone.
        var correlations = new (double R, int Rows)[features.Length][];
        Parallel.For(0, features.Length, i => correlations[i] = Enumerable.Range(i + 1, features.Length - i - 1)
            .Select(j => moments[i] is { } x && moments[j] is { } y ? x.Pearson(y, features[i].Values, features[j].Values) : Pearson(features[i].Values, features[j].Values))
            .ToArray());

        for (var i = 0; i < features.Length; i++)
        {
            for (var j = i + 1; j < features.Length; j++)
            {
                var (r, rows) = correlations[i][j - i - 1];
                if (rows < MinRows || double.IsNaN(r) || Math.Abs(r) < context.Options.CorrelationThreshold)
                    continue;

                var (a, b) = (features[i].Schema.Name, features[j].Schema.Name);
                yield return Findings.Warning(a, Id, string.Create(CultureInfo.InvariantCulture,
                    $"{context.Table.Source}: features \"{a}\" and \"{b}\" are correlated (r = {r:0.0000} over {rows} rows, |r| ≥ {context.Options.CorrelationThreshold}); " +
                    $"one adds little the other does not, so consider setting \"role\": \"ignore\" on one"),
                    rows, examples: [b]);
            }
        }
    }

    /// <summary>Pearson's r over the rows where both have a value; NaN when either is constant there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double R, int Rows) Pearson(float[] x, float[] y)
    {
        double sumX = 0, sumY = 0;
        var rows = 0;
        for (var row = 0; row < x.Length; row++)
        {
            if (float.IsNaN(x[row]) || float.IsNaN(y[row]))
                continue;
            sumX += x[row];
            sumY += y[row];
            rows++;
        }

        var (meanX, meanY) = (sumX / rows, sumY / rows);
        double xy = 0, xx = 0, yy = 0;
        for (var row = 0; row < x.Length; row++)
        {
            if (float.IsNaN(x[row]) || float.IsNaN(y[row]))
                continue;
            var (dx, dy) = (x[row] - meanX, y[row] - meanY);
            xy += dx * dy;
            xx += dx * dx;
            yy += dy * dy;
        }

        return (xx == 0 || yy == 0 ? double.NaN : xy / Math.Sqrt(xx * yy), rows);
    }

    /// <summary>
    /// The mean and the sum of squared deviations of a column without missing values. For two such columns every row
    /// counts, so <see cref="Pearson(float[], float[])"/> would sum exactly these for each pair; taken once per column,
    /// a pair costs one pass for the cross products, summed in the same order, so r comes out bit for bit the same.
    /// </summary>
    private sealed record Moments(double Mean, double SquaredDeviations)
    {
        /// <returns><c>null</c> when the column has a missing value, so the pairs' rows differ.</returns>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Moments? Of(float[] x)
        {
            double sum = 0;
            foreach (var value in x)
            {
                if (float.IsNaN(value))
                    return null;
                sum += value;
            }

            var mean = sum / x.Length;
            double squares = 0;
            foreach (var value in x)
            {
                var deviation = value - mean;
                squares += deviation * deviation;
            }

            return new Moments(mean, squares);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (double R, int Rows) Pearson(Moments other, float[] x, float[] y)
        {
            double xy = 0;
            for (var row = 0; row < x.Length; row++)
                xy += (x[row] - Mean) * (y[row] - other.Mean);
            return (SquaredDeviations == 0 || other.SquaredDeviations == 0 ? double.NaN : xy / Math.Sqrt(SquaredDeviations * other.SquaredDeviations), x.Length);
        }
    }
}
