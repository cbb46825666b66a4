using MlPipeline.Build;
using MlPipeline.Components.Artifacts;

namespace MlPipeline.Components.Data;

/// <summary>The dataset a pipeline works on, its schema, and how its rows are split; shared by the data and training components.</summary>
public interface IDataset : IPipelineBuild
{
    [Parameter("The dataset (CSV) to validate and train on")]
    AbsolutePath Dataset => ParameterValue(ArtifactPaths.Dataset.Default(this));

    [Parameter("The dataset's schema; default: <dataset>.schema.json beside the dataset")]
    AbsolutePath? Schema => ParameterValue<AbsolutePath?>(null);

    [Parameter("Share of rows to train on")]
    double TrainFraction => ParameterValue(0.7);

    [Parameter("Share of rows for early stopping and validation metrics")]
    double ValidationFraction => ParameterValue(0.15);

    [Parameter("Share of rows in the pinned benchmark split every model version is judged on")]
    double BenchmarkFraction => ParameterValue(0.15);

    [Parameter("How rows are split: stratified by label, random, or time-ordered on the time column")]
    SplitMethod Split => ParameterValue(SplitMethod.Stratified);

    [Parameter("Seed of the random split")]
    int SplitSeed => ParameterValue(42);

    /// <summary>The schema file in use: <see cref="Schema"/> when given, else the one beside the dataset.</summary>
    AbsolutePath SchemaPath => Schema ?? ArtifactPaths.Dataset.Schema(Dataset);
}
