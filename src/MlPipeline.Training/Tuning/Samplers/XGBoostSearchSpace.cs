using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The space Tune searches by default, named with XGBoost's own parameter names.</summary>
public static class XGBoostSearchSpace
{
    /// <summary>The search ranges of <see cref="XGBoostParameterTable"/>, in its order (see its remarks for the ranges and why).</summary>
    public static SearchSpace Default { get; } = ParameterTable.DefaultSearchSpace(XGBoostParameterTable.All.Select(p => p.Spec));
}
