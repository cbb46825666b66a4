using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Data.Schemas;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Onnx.Verification;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Trainers.MlNet;
using MlPipeline.Training.Evaluation;

namespace MlPipeline.Components.Onnx;

/// <summary>What <see cref="IExportOnnx.VerifyOnnx"/> does.</summary>
internal sealed class OnnxVerification(IExportOnnx build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var data = PreparedDataset.Load(build);
        var rows = data.Encode(data.Splits.Benchmark);
        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var trainer = TrainerCatalog.Named(lineage.Provenance.Trainer);
        using var model = trainer.Load(File.ReadAllBytes(ArtifactPaths.Model.File(build, trainer)), data.Task, build.Nthread);
        var predicted = ModelEvaluator.Evaluate(model, rows, data.Task).Outputs;
        var outputs = data.Classes?.Select(c => "p_" + c).ToArray() ?? ["value"];

        using var session = OnnxModelSession.Open(ArtifactPaths.Model.Onnx(build));
        float[] expected, actual;
        if (trainer.Kind == TrainerKind.XGBoost)
        {
            (expected, actual) = (Probabilities(predicted, data.Task), session.Run(rows.Features, rows.RowCount, rows.FeatureCount)[0].Values);
        }
        else
        {
            // ML.NET's graph gives a binary model's p(class 1) alone, as its own predictions do.
            outputs = data.Task.Kind == TaskKind.Binary ? [outputs[1]] : outputs;
            (expected, actual) = (predicted, session.Run(MlNetOnnxExporter.InputName, rows.Features, [rows.RowCount, rows.FeatureCount])[MlNetOnnxExporter.OutputName(data.Task.Kind)].Values);
        }

        var parity = ParityReport.Compare(expected, actual, outputs.Length, build.OnnxTolerance);
        var latency = OnnxLatency.Measure(session, rows);
        int? worstRow = parity.WorstRow < 0 ? null : rows.SourceRows[parity.WorstRow];
        ArtifactJson.Write(ArtifactPaths.Model.Parity(build), new ParityFile(
            OnnxRuntimeInfo.Version,
            parity.Rows,
            outputs,
            parity.Tolerance,
            parity.MaxAbsDifference,
            worstRow,
            worstRow is null ? null : outputs[parity.WorstColumn],
            parity.RowsOverTolerance,
            parity.Passed,
            latency.BatchRowsPerSecond,
            latency.OneRow.P50Milliseconds,
            latency.OneRow.P99Milliseconds));

        var where = $"dataset row {worstRow}, {(worstRow is null ? "" : outputs[parity.WorstColumn])}";
        if (!parity.Passed)
        {
            throw new InvalidOperationException(
                $"model.onnx does not predict what {trainer.Name} predicts on {parity.RowsOverTolerance} of {parity.Rows} benchmark rows: the largest difference is "
                + $"{parity.MaxAbsDifference:G3} ({where}), above --onnx-tolerance {parity.Tolerance:G3}; details in {ArtifactPaths.Model.Parity(build).RelativeTo(build.RootDirectory)}. "
                + $"The exporter does not reproduce this model: ship {trainer.ModelFileName} instead, and report it with {ArtifactPaths.Model.File(build, trainer).RelativeTo(build.RootDirectory)} attached.");
        }

        build.Log.Information(
            $"model.onnx gives {trainer.Name}'s predictions on all {parity.Rows} benchmark rows (largest difference {parity.MaxAbsDifference:G3}"
            + (worstRow is null ? "" : $", {where}") + $"; tolerance {parity.Tolerance:G3}) in ONNX Runtime {OnnxRuntimeInfo.Version}. "
            + $"One row: p50 {latency.OneRow.P50Milliseconds:0.###} ms, p99 {latency.OneRow.P99Milliseconds:0.###} ms; a batch: {latency.BatchRowsPerSecond:N0} rows/s.");
    }

    // XGBoost gives a binary model's p(class 1) alone; the ONNX model gives both columns, as predictions.csv does.
    private static float[] Probabilities(float[] outputs, TrainingTask task) =>
        task.Kind == TaskKind.Binary ? [.. outputs.SelectMany(p => new[] { 1 - p, p })] : outputs;
}
