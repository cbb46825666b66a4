using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Training;
using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Components.Onnx;

/// <summary>
/// The <c>ExportOnnx</c> and <c>VerifyOnnx</c> targets: the trained model as an ONNX graph that serving runs without
/// XGBoost, proven to predict what XGBoost predicts on the pinned benchmark rows.
/// </summary>
public interface IExportOnnx : ITrain
{
    [Parameter("Largest difference VerifyOnnx allows between model.onnx's and XGBoost's predictions (probabilities or values) on a benchmark row")]
    double OnnxTolerance => ParameterValue(1e-5);

    Target ExportOnnx => _ => _
        .Description("Convert the XGBoost model to ONNX (ai.onnx.ml TreeEnsembleRegressor, then Sigmoid or Softmax); write artifacts/model/model.onnx")
        .DependsOn(Train)
        .Inputs(ArtifactPaths.Model.File(this), ArtifactPaths.Model.Lineage(this))
        .Produces(ArtifactPaths.Model.Onnx(this))
        .Executes(() => OnnxExport.Run(this));

    Target VerifyOnnx => _ => _
        .Description("Run model.onnx in ONNX Runtime on the benchmark split; fail unless it gives XGBoost's predictions within --onnx-tolerance; write artifacts/model/parity.json with its latency")
        .DependsOn(ExportOnnx)
        .Inputs(ArtifactPaths.Model.Onnx(this), ArtifactPaths.Model.File(this))
        // Which ONNX Runtime runs the model is part of what was verified.
        .Reads(() => OnnxTolerance, () => OnnxRuntimeInfo.Version)
        .Checks(() =>
        {
            if (!(OnnxTolerance >= 0))
            {
                throw new ArgumentException($"--onnx-tolerance is {OnnxTolerance} but must be 0 or more, e.g. 1e-5 (the default).");
            }
        })
        .Produces(ArtifactPaths.Model.Parity(this))
        .Executes(cancellation => new OnnxVerification(this).RunAsync(cancellation));
}
