namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The space Tune searches by default, named with XGBoost's own parameter names.</summary>
public static class XGBoostSearchSpace
{
    /// <summary>
    /// eta log-uniform [0.01, 0.3]; max_depth integer [2, 10]; min_child_weight log-uniform [0.5, 20];
    /// subsample and colsample_bytree uniform [0.5, 1]; lambda and alpha log-uniform [1e-3, 10];
    /// num_boost_round log integer [50, 500].
    /// </summary>
    /// <remarks>
    /// min_child_weight is a threshold on a node's hessian sum, so its effect is multiplicative: log scale. Below XGBoost's
    /// default of 1 lets classifiers split nodes whose probabilities are already near 0 or 1 (hessian p(1 - p) is small);
    /// 20 already forbids most splits on a dataset of a few thousand rows, so searching higher wastes trials.
    /// </remarks>
    public static SearchSpace Default { get; } = new(
    [
        new LogUniformSpace("eta", 0.01, 0.3),
        new IntegerSpace("max_depth", 2, 10),
        new LogUniformSpace("min_child_weight", 0.5, 20),
        new UniformSpace("subsample", 0.5, 1),
        new UniformSpace("colsample_bytree", 0.5, 1),
        new LogUniformSpace("lambda", 1e-3, 10),
        new LogUniformSpace("alpha", 1e-3, 10),
        new IntegerSpace("num_boost_round", 50, 500, Log: true),
    ]);
}
