using Microsoft.ML;
using Microsoft.ML.Data;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>An ML.NET model (model.zip) scoring rows in the pipeline's output convention.</summary>
internal sealed class MlNetScorer(MLContext ml, ITransformer model, TrainingTask task) : IModelScorer
{
    public static MlNetScorer Load(ReadOnlySpan<byte> model, TrainingTask task)
    {
        var ml = new MLContext(seed: 0);
        return new MlNetScorer(ml, MlNetModelFile.Load(ml, model), task);
    }

    public float[] Predict(ReadOnlySpan<float> features, int rowCount, int featureCount)
    {
        var scored = model.Transform(MlNetData.Features(ml, features, rowCount, featureCount));
        return task.Kind switch
        {
            TaskKind.Binary => scored.GetColumn<float>(MlNetColumns.Probability).ToArray(),
            TaskKind.Multiclass => scored.GetColumn<VBuffer<float>>(MlNetColumns.Score).SelectMany(v => v.DenseValues()).ToArray(),
            _ => scored.GetColumn<float>(MlNetColumns.Score).ToArray(),
        };
    }

    // ML.NET's models hold no native resources once trained; nothing to release.
    public void Dispose()
    {
    }
}
