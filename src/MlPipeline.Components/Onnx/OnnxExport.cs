using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Foundation.Files;
using MlPipeline.Data.Schemas;
using MlPipeline.Onnx.Export;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Trainers.MlNet;

namespace MlPipeline.Components.Onnx;

/// <summary>What <see cref="IExportOnnx.ExportOnnx"/> does.</summary>
internal static class OnnxExport
{
    public static void Run(IExportOnnx build)
    {
        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var trainer = TrainerCatalog.Named(lineage.Provenance.Trainer);
        if (trainer.Kind != TrainerKind.XGBoost)
        {
            ExportMlNet(build, lineage, trainer);
            return;
        }

        var options = new OnnxExportOptions
        {
            FeatureNames = lineage.Features,
            ClassLabels = lineage.Classes,
            Metadata = lineage.Provenance.OnnxMetadata(lineage.Task),
        };
        var onnx = XGBoostOnnxExporter.Export(File.ReadAllBytes(ArtifactPaths.Model.File(build, trainer)), options);
        AtomicFile.Write(ArtifactPaths.Model.Onnx(build), stream => stream.Write(onnx));

        var output = lineage.Classes is { } classes ? $"'probabilities' float[N, {classes.Count}] ({string.Join(", ", classes)})" : "'value' float[N, 1]";
        build.Log.Information(
            $"Exported {ArtifactPaths.Model.Onnx(build).RelativeTo(build.RootDirectory)} ({onnx.Length / 1024.0:0.#} KB): input '{options.InputName}' float[N, {lineage.Features.Count}] "
            + $"(the features in training.json's order, categories as the schema's codes, NaN for missing), output {output}.");
    }

    // ML.NET converts its own models (Microsoft.ML.OnnxConverter); its graph keeps ML.NET's column names.
    private static void ExportMlNet(IExportOnnx build, TrainingLineage lineage, ITrainer trainer)
    {
        var onnx = MlNetOnnxExporter.Export(File.ReadAllBytes(ArtifactPaths.Model.File(build, trainer)), lineage.Features.Count, TaskOf(lineage));
        AtomicFile.Write(ArtifactPaths.Model.Onnx(build), stream => stream.Write(onnx));
        build.Log.Information(
            $"Exported the {trainer.Name} model with ML.NET's ONNX converter to {ArtifactPaths.Model.Onnx(build).RelativeTo(build.RootDirectory)} ({onnx.Length / 1024.0:0.#} KB): "
            + $"input '{MlNetOnnxExporter.InputName}' float[N, {lineage.Features.Count}] (the features in training.json's order, categories as the schema's codes, NaN for missing), "
            + $"output '{MlNetOnnxExporter.OutputName(TaskOf(lineage))}'.");
    }

    public static TaskKind TaskOf(TrainingLineage lineage) => lineage.Classes switch
    {
        null => TaskKind.Regression,
        { Count: 2 } => TaskKind.Binary,
        _ => TaskKind.Multiclass,
    };
}
