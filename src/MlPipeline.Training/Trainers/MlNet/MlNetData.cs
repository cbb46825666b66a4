using Microsoft.ML;
using Microsoft.ML.Data;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>The pipeline's encoded rows as ML.NET data views: the same features (schema codes, NaN for missing) in the same order.</summary>
internal static class MlNetData
{
    public static IDataView Labelled(MLContext ml, EncodedRows rows, TrainingTask task)
    {
        var definition = SchemaDefinition.Create(typeof(MlNetRow));
        definition[MlNetColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows.FeatureCount);
        definition[MlNetColumns.Class].ColumnType = new KeyDataViewType(typeof(uint), Math.Max(task.ClassCount, 2));
        var data = Enumerable.Range(0, rows.RowCount).Select(i => new MlNetRow
        {
            Features = rows.Features.AsSpan(i * rows.FeatureCount, rows.FeatureCount).ToArray(),
            Value = rows.Labels[i],
            Binary = rows.Labels[i] == 1,
            Class = (uint)rows.Labels[i],
            Weight = rows.Weights?[i] ?? 1,
        }).ToArray();
        return ml.Data.LoadFromEnumerable(data, definition);
    }

    public static IDataView Features(MLContext ml, ReadOnlySpan<float> features, int rowCount, int featureCount)
    {
        var definition = SchemaDefinition.Create(typeof(FeatureRow));
        definition[MlNetColumns.Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        var rows = new FeatureRow[rowCount];
        for (var i = 0; i < rowCount; i++)
        {
            rows[i] = new FeatureRow { Features = features.Slice(i * featureCount, featureCount).ToArray() };
        }

        return ml.Data.LoadFromEnumerable(rows, definition);
    }
}
