using MlPipeline.Training.Trainers;

namespace MlPipeline.Training.Boosting;

/// <summary>A row of <see cref="XGBoostParameterTable"/>: the parameter and where it lives in <see cref="XGBoostParameters"/>.</summary>
/// <param name="Member">The member of <see cref="XGBoostParameters"/> and of the build (the command-line option in PascalCase).</param>
/// <param name="IsBoosterParameter">Passed to XGBoost as a booster parameter (rounds and early stopping are the training loop's).</param>
public sealed record XGBoostParameter(
    TrainerParameter Spec,
    string Member,
    bool IsBoosterParameter,
    Func<XGBoostParameters, double> Get,
    Func<XGBoostParameters, double, XGBoostParameters> Set);
