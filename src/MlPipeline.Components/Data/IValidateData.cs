using MlPipeline.Components.Artifacts;
using MlPipeline.Build;

namespace MlPipeline.Components.Data;

/// <summary>The <c>ValidateData</c> target: every problem in the dataset at once, the splits, and the data version.</summary>
public interface IValidateData : IDataset
{
    /// <summary>The committed pin of the benchmark rows, beside the dataset: <c>data/x.csv</c> → <c>data/x.benchmark.json</c>.</summary>
    AbsolutePath BenchmarkPinPath => ArtifactPaths.Dataset.BenchmarkPin(Dataset);

    Target ValidateData => _ => _
        .Description("Check the dataset against its schema (types, missing values, ranges, categories, label, duplicates, leakage), split it, hash it")
        .Inputs(Dataset, SchemaPath, BenchmarkPinPath)
        .Reads(() => TrainFraction, () => ValidationFraction, () => BenchmarkFraction, () => Split, () => SplitSeed)
        .Produces(ArtifactPaths.Data.Validation(this), ArtifactPaths.Data.Splits(this), ArtifactPaths.Data.ReferenceProfile(this), BenchmarkPinPath)
        .Executes(() => new DataValidation(this).Run());
}
