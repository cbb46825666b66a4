using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Data;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Training;

/// <summary>The validated dataset with the splits ValidateData chose, ready to encode for the model.</summary>
internal sealed record PreparedDataset(DataTable Table, DatasetSchema Schema, StoredSplits Splits, TrainingTask Task, IReadOnlyList<string>? Classes)
{
    public static PreparedDataset Load(IDataset build)
    {
        var schema = DatasetFiles.ReadSchema(build.SchemaPath);
        var table = DatasetFiles.Load(build, build.Dataset, schema).Table;
        var splits = ArtifactJson.Read<StoredSplits>(ArtifactPaths.Data.Splits(build), "ValidateData");
        var (task, classes) = TaskOf(table, schema);
        return new PreparedDataset(table, schema, splits, task, classes);
    }

    /// <summary>The task a model of this dataset solves, and its label's classes (null for regression).</summary>
    public static (TrainingTask Task, IReadOnlyList<string>? Classes) TaskOf(DataTable table, DatasetSchema schema)
    {
        var classes = schema.Task == TaskKind.Regression ? null : LabelClasses.Of(table, schema);
        return (classes is null ? TrainingTask.Regression : new TrainingTask(schema.Task, classes.Count), classes);
    }

    public EncodedRows Encode(IReadOnlyList<int> rows) => FeatureEncoder.Encode(Table, Schema, rows);
}
