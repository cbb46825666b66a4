using System.Globalization;
using System.Text;
using MlPipeline.Components.Measurement;
using MlPipeline.Data.Schemas;
using MlPipeline.Onnx.Export;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Onnx.Verification;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Native;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>Scoring with the exported model in ONNX Runtime against scoring with XGBoost itself, on the same model and rows, one thread each.</summary>
internal static class OnnxBenchmark
{
    private const int Rows = 50_000;
    private const int Features = 20;
    private const int Rounds = 100;

    public static string Run()
    {
        var rows = Generated(seed: 1);
        var parameters = new XGBoostParameters(NumBoostRound: Rounds, EarlyStoppingRounds: 0, Nthread: 2);
        using var model = XGBoostTrainer.Train(new TrainingTask(TaskKind.Binary, 2), rows, Generated(seed: 2), parameters);
        var json = model.Booster.SaveJson();
        using var booster = Booster.Load(json);
        // One thread on both sides: a scoring service answers one request per thread.
        booster.SetParameter("nthread", "1");
        using var session = OnnxModelSession.Open(XGBoostOnnxExporter.Export(json, new OnnxExportOptions()), intraOpThreads: 1);

        float[] XGBoostScores(ReadOnlySpan<float> features, int count)
        {
            using var matrix = DMatrix.Create(features, count, Features, threads: 1);
            return booster.Predict(matrix).Values;
        }

        float[] OnnxScores(ReadOnlySpan<float> features, int count) => session.Run(features, count, Features)[0].Values;

        var xgboostBatch = BatchThroughput.RowsPerSecond(() => XGBoostScores(rows.Features, Rows), Rows);
        var onnxBatch = BatchThroughput.RowsPerSecond(() => OnnxScores(rows.Features, Rows), Rows);
        var xgboostRow = RowLatency.Measure(row => XGBoostScores(rows.Features.AsSpan(row * Features, Features), 1), Rows);
        var onnxRow = RowLatency.Measure(row => OnnxScores(rows.Features.AsSpan(row * Features, Features), 1), Rows);
        var parity = ParityReport.Compare([.. XGBoostScores(rows.Features, Rows).SelectMany(p => new[] { 1 - p, p })], OnnxScores(rows.Features, Rows), 2, 1e-5);

        return new StringBuilder()
            .AppendLine("## Scoring: the exported ONNX model in ONNX Runtime against XGBoost")
            .AppendLine()
            .AppendLine($"A binary model of {Rounds} trees (depth 6) trained on a generated {Rows:N0} × {Features} dataset, exported by ExportOnnx's exporter and run in")
            .AppendLine($"ONNX Runtime {OnnxRuntimeInfo.Version} (NuGet Microsoft.ML.OnnxRuntime, 1 intra-op thread) against XGBoost {XGBoostLibrary.Version} (nthread 1; a DMatrix per call, as serving builds one).")
            .AppendLine($"Batch: all {Rows:N0} rows in one call, median of 5 calls after one untimed. One row: p50/p99 over 200 calls after 20 warm-up calls.")
            .AppendLine()
            .AppendLine("| scorer | batch rows per second | one row p50 ms | one row p99 ms |")
            .AppendLine("|---|--:|--:|--:|")
            .AppendLine($"| ONNX Runtime (`model.onnx`) | {onnxBatch:N0} | {Milliseconds(onnxRow.P50Milliseconds)} | {Milliseconds(onnxRow.P99Milliseconds)} |")
            .AppendLine($"| XGBoost (`model.json`) | {xgboostBatch:N0} | {Milliseconds(xgboostRow.P50Milliseconds)} | {Milliseconds(xgboostRow.P99Milliseconds)} |")
            .AppendLine()
            .AppendLine($"Batch throughput ONNX Runtime / XGBoost: **{(onnxBatch / xgboostBatch).ToString("0.00", CultureInfo.InvariantCulture)}**; one-row p50 XGBoost / ONNX Runtime: "
                + $"**{(xgboostRow.P50Milliseconds / onnxRow.P50Milliseconds).ToString("0.00", CultureInfo.InvariantCulture)}**. Largest difference between the two on these rows: "
                + $"{parity.MaxAbsDifference.ToString("G3", CultureInfo.InvariantCulture)} (VerifyOnnx allows 1e-5).")
            .ToString();
    }

    private static string Milliseconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static EncodedRows Generated(int seed)
    {
        var random = new Random(seed);
        var features = new float[Rows * Features];
        var labels = new float[Rows];
        for (var row = 0; row < Rows; row++)
        {
            var score = 0.0;
            for (var i = 0; i < Features; i++)
            {
                var value = (float)((random.NextDouble() * 20) - 10);
                // Some missing values, so both scorers take the trees' default directions too.
                features[(row * Features) + i] = random.Next(50) == 0 ? float.NaN : value;
                score += (i % 3 == 0 ? Math.Sin(value) : value / (i + 1)) + ((random.NextDouble() - 0.5) * 0.5);
            }

            labels[row] = score > 0 ? 1 : 0;
        }

        return new EncodedRows(features, Enumerable.Range(0, Features).Select(i => $"f{i}").ToArray(), labels, null, Enumerable.Range(0, Rows).ToArray());
    }
}
