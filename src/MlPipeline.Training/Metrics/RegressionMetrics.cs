using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Metrics;

/// <summary>Metrics of a regressor on a set of rows: rmse, mae, r2.</summary>
public sealed record RegressionMetrics(IReadOnlyDictionary<string, double> Values) : IMetrics
{
    public TaskKind Task => TaskKind.Regression;
}
