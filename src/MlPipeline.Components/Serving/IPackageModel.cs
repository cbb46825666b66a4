using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Registry;
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
    AbsolutePath ServingBundle => ArtifactPaths.Serving.Bundle(this);

    Target PackageModel => _ => _
        .Description("Assemble the model bundle the scoring service serves in artifacts/serving/model/ (model.onnx, training.json, schema.json, metrics.json, registration.json, model.json) and load it as the service would")
        .DependsOn(ExportOnnx, Evaluate)
        // When Register runs in the same build, the bundle carries the version it gave the model.
        .After<IRegister>(x => x.Register)
        .Inputs(
            ArtifactPaths.Model.Onnx(this),
            ArtifactPaths.Model.Lineage(this),
            ArtifactPaths.Model.Metrics(this),
            ArtifactPaths.Model.Registration(this),
            ArtifactPaths.Model.File(this),
            SchemaPath)
        .Produces(ServingBundle)
        .Executes(() => ModelPackaging.Run(this));
}
