using MlPipeline.Build;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Training;

namespace MlPipeline.Components.Serving;

/// <summary>
/// The <c>PackageModel</c> target: the model bundle the scoring service serves (model.onnx, training.json, schema.json,
/// metrics.json, registration.json when this model was registered, model.json for XGBoost), checked by loading it as the
/// service does. BuildImage and Serve start from it.
/// </summary>
public interface IPackageModel : IExportOnnx, IEvaluate
{
    /// <summary>The bundle directory PackageModel writes: <c>artifacts/serving/model/</c>.</summary>
    AbsolutePath ServingBundle => RootDirectory / "artifacts" / "serving" / "model";

    Target PackageModel => _ => _
        .Description("Assemble the model bundle the scoring service serves in artifacts/serving/model/ (model.onnx, training.json, schema.json, metrics.json, registration.json, model.json) and load it as the service would")
        .DependsOn(ExportOnnx, Evaluate)
        .Inputs(
            ModelArtifacts.Onnx(this),
            ModelArtifacts.Lineage(this),
            ModelArtifacts.Metrics(this),
            ModelArtifacts.Registration(this),
            ModelArtifacts.Model(this),
            SchemaPath)
        .Produces(ServingBundle)
        .Executes(() => ModelPackaging.Run(this));
}
