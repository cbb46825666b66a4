using MlPipeline.Build;
using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>A sample dataset with its schema, split 70/15/15 (stratified, seed 42) and encoded as Train encodes it.</summary>
internal sealed record SampleSplit(TrainingTask Task, EncodedRows Train, EncodedRows Validation, EncodedRows Benchmark)
{
    public static SampleSplit Load(AbsolutePath csv)
    {
        var schema = SchemaFile.Read(csv.Parent! / (Path.GetFileNameWithoutExtension(csv) + ".schema.json"));
        var table = CsvTableLoader.Load(csv, schema).Table;
        var split = DataSplitter.Split(table, schema, new SplitOptions(0.7, 0.15, 0.15, SplitStrategy.Stratified, 42));
        var task = schema.Task == TaskKind.Regression ? TrainingTask.Regression : new TrainingTask(schema.Task, LabelClasses.Of(table, schema).Count);
        return new SampleSplit(task, FeatureEncoder.Encode(table, schema, split.Train), FeatureEncoder.Encode(table, schema, split.Validation), FeatureEncoder.Encode(table, schema, split.Benchmark));
    }
}
