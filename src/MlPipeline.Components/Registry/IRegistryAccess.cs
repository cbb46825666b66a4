using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>Where model versions are kept and under which name and actor this build records them.</summary>
public interface IRegistryAccess : IDataset
{
    [Parameter("The model registry: a SQLite file (default models/registry.db, may be shared by several checkouts) or a PostgreSQL connection string (Host=…;Database=…; the password from PGPASSWORD)")]
    string Registry => ParameterValue(ModelRegistry.DefaultLocation);

    [Parameter("The model's name in the registry; default: the dataset's file name (seattle-weather)")]
    string? ModelName => ParameterValue<string?>(null);

    [Parameter("Who is recorded in the audit trail; default: the GitHub Actions run, else the user name")]
    string? Actor => ParameterValue<string?>(null);

    [Parameter("A version of the model: the one Promote deploys (default: the best Passed one) or Models shows with its audit trail")]
    int? ModelVersion => ParameterValue<int?>(null);

    [Parameter("Why, for the audit trail of Promote and Rollback")]
    string? Reason => ParameterValue<string?>(null);
}
