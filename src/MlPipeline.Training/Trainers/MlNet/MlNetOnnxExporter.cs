using Microsoft.ML;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>
/// An ML.NET model (model.zip) as ONNX through ML.NET's own converter (Microsoft.ML.OnnxConverter): input
/// <see cref="InputName"/> float[N, features], output <see cref="OutputName"/> in the pipeline's output convention.
/// </summary>
public static class MlNetOnnxExporter
{
    public const string InputName = MlNetColumns.Features;

    /// <summary>p(class 1) [N, 1] for binary, probabilities [N, classes] for multiclass, the value [N, 1] for regression.</summary>
    public static string OutputName(TaskKind task) => OutputColumn(task) + ".output";

    /// <exception cref="TrainingException">ML.NET cannot convert the model; the message carries the converter's.</exception>
    public static byte[] Export(ReadOnlySpan<byte> model, int featureCount, TaskKind task)
    {
        var ml = new MLContext(seed: 0);
        var transformer = MlNetModelFile.Load(ml, model);
        using var onnx = new MemoryStream();
        try
        {
            // The one output serving needs: the predicted label is a uint32 key, which ONNX consumers rarely read.
            ml.Model.ConvertToOnnx(transformer, MlNetData.Features(ml, [], 0, featureCount), onnx, OutputColumn(task));
        }
        catch (Exception error) when (error is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            throw new TrainingException($"ML.NET cannot convert this model to ONNX: {error.Message} Serve model.zip with ML.NET instead, or train with --trainer xgboost.");
        }

        return onnx.ToArray();
    }

    private static string OutputColumn(TaskKind task) => task == TaskKind.Binary ? MlNetColumns.Probability : MlNetColumns.Score;
}
