namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>A row to score: the features alone, which is all a saved model's input schema asks for.</summary>
internal sealed class FeatureRow
{
    public float[] Features { get; set; } = [];
}
