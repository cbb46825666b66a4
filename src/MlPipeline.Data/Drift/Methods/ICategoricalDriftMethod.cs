using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift.Methods;

internal interface ICategoricalDriftMethod : IDriftMethod
{
    /// <param name="batch">The batch's rows per category of the reference, then its rows with any other value.</param>
    DriftScore Score(CategoricalProfile reference, long[] batch);
}
