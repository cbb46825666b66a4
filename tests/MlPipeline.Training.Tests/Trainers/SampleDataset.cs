using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Tests.Trainers;

/// <summary>A sample dataset from data/, split and encoded as Train does (70/15/15, stratified, seed 42).</summary>
internal sealed record SampleDataset(TrainingTask Task, EncodedRows Train, EncodedRows Validation, EncodedRows Benchmark)
{
    public static SampleDataset Load(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "data");
        var schema = SchemaFile.Read(Path.Combine(folder, name + ".schema.json"));
        var table = CsvTableLoader.Load(Path.Combine(folder, name + ".csv"), schema).Table;
        var split = DataSplitter.Split(table, schema, new SplitOptions(0.7, 0.15, 0.15, SplitStrategy.Stratified, 42));
        var task = schema.Task == TaskKind.Regression ? TrainingTask.Regression : new TrainingTask(schema.Task, LabelClasses.Of(table, schema).Count);
        return new SampleDataset(task, FeatureEncoder.Encode(table, schema, split.Train), FeatureEncoder.Encode(table, schema, split.Validation), FeatureEncoder.Encode(table, schema, split.Benchmark));
    }
}
