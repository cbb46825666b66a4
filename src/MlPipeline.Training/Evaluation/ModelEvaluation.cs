using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Evaluation;

/// <summary>A model's outputs on some rows and the metrics they earn.</summary>
/// <param name="Outputs">Classification: p(class 1) per row (binary) or [rows, classes] probabilities; regression: the values.</param>
public sealed record ModelEvaluation(IMetrics Metrics, float[] Outputs);
