using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Foundation.Files;
using MlPipeline.Onnx.Export;

namespace MlPipeline.Components.Onnx;

/// <summary>What <see cref="IExportOnnx.ExportOnnx"/> does.</summary>
internal static class OnnxExport
{
    public static void Run(IExportOnnx build)
    {
        var lineage = ArtifactJson.Read<TrainingLineage>(ModelArtifacts.Lineage(build), "Train");
        var options = new OnnxExportOptions
        {
            FeatureNames = lineage.Features,
            ClassLabels = lineage.Classes,
            // What serving reports as the model it runs, and what ties the file back to its training run.
            Metadata = new Dictionary<string, string>
            {
                ["xgboost_model"] = lineage.ModelSha256,
                ["data_hash"] = lineage.DataHash,
                ["git_commit"] = lineage.GitCommit,
                ["task"] = lineage.Task,
            },
        };
        var onnx = XGBoostOnnxExporter.Export(File.ReadAllBytes(ModelArtifacts.Model(build)), options);
        AtomicFile.Write(ModelArtifacts.Onnx(build), stream => stream.Write(onnx));

        var output = lineage.Classes is { } classes ? $"'probabilities' float[N, {classes.Count}] ({string.Join(", ", classes)})" : "'value' float[N, 1]";
        build.Log.Information(
            $"Exported {ModelArtifacts.Onnx(build).RelativeTo(build.RootDirectory)} ({onnx.Length / 1024.0:0.#} KB): input '{options.InputName}' float[N, {lineage.Features.Count}] "
            + $"(the features in training.json's order, categories as the schema's codes, NaN for missing), output {output}.");
    }
}
