using System.Globalization;
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
        for (var i = 0; i < features.Length; i++)
        {
            for (var j = i + 1; j < features.Length; j++)
            {
                var (r, rows) = Pearson(features[i].Values, features[j].Values);
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
}
