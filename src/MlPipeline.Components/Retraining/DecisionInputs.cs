using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using MlPipeline.Registry;

namespace MlPipeline.Components.Retraining;

/// <summary>
/// What the costly checks share, each read at most once and only when a check asks: the schema, the dataset (through the
/// build's dataset cache, so ValidateData does not read it again when retraining follows) and its data hash.
/// </summary>
internal sealed class DecisionInputs(IRetrain build, IModelRegistry registry, ModelVersion deployed)
{
    private DatasetSchema? _schema;
    private DataTable? _dataset;
    private string? _dataHash;

    public IRetrain Build => build;

    public IModelRegistry Registry => registry;

    public ModelVersion Deployed => deployed;

    public DatasetSchema Schema => _schema ??= DatasetFiles.ReadSchema(build.SchemaPath);

    public DataTable Dataset => _dataset ??= DatasetFiles.Load(build, build.Dataset, Schema).Table;

    public string DataHash => _dataHash ??= DataHasher.Hash(Dataset, Schema);

    /// <summary>"version 3 of seattle-weather", as every check's reason names the deployed model.</summary>
    public string DeployedName => $"version {deployed.Version} of {deployed.ModelName}";

    /// <summary>A path as messages show it: relative to the repository root.</summary>
    public string Shown(AbsolutePath path) => path.RelativeTo(build.RootDirectory);
}
