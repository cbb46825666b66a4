using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift.Methods;

internal interface INumericDriftMethod : IDriftMethod
{
    /// <param name="batch">The batch's values present, ascending; at least one.</param>
    DriftScore Score(NumericProfile reference, double[] batch);
}
