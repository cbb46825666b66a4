using System.Diagnostics;
using System.Globalization;
using System.Text;
using MlPipeline.Build;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>XGBoost, LightGBM and FastTree with their default parameters on the four sample datasets: quality and train time.</summary>
internal static class TrainerBenchmark
{
    private const int Runs = 3;
    private static readonly string[] Datasets = ["penguins", "seattle-weather", "cars", "breast_cancer"];

    public static string Run(AbsolutePath root)
    {
        var rows = new StringBuilder();
        foreach (var dataset in Datasets)
        {
            var (task, train, validation, benchmark) = SampleSplit.Load(root / "data" / (dataset + ".csv"));
            var metric = task.Kind == TaskKind.Regression ? MetricNames.Rmse : MetricNames.MacroF1;
            foreach (var trainer in TrainerCatalog.All)
            {
                var times = new List<double>();
                TrainerResult? result = null;
                for (var run = 0; run < Runs; run++)
                {
                    var stopwatch = Stopwatch.StartNew();
                    result = trainer.Train(task, train, validation, new Dictionary<string, double>(), new TrainerRun(0, 2, 20), null, null, default);
                    times.Add(stopwatch.Elapsed.TotalSeconds);
                }

                using var scorer = trainer.Load(result!.Model, task, 2);
                var quality = ModelEvaluator.Evaluate(scorer, benchmark, task).Metrics.Values[metric];
                rows.AppendLine($"| {dataset} | {trainer.Name} | {metric} {Invariant(quality, "0.0000")} | {Invariant(times.Order().ElementAt(Runs / 2), "0.000")} | {result.RoundsTrained} |");
            }
        }

        return new StringBuilder()
            .AppendLine("## Trainers: XGBoost, LightGBM and FastTree (ML.NET) on the sample datasets")
            .AppendLine()
            .AppendLine("Each trainer with its own default parameters (`--trainer xgboost|lightgbm|fasttree`, no tuning), seed 0, 2 threads, on the same")
            .AppendLine("70/15/15 stratified split (seed 42) and the same encoded features (schema codes, NaN for missing). Quality is our")
            .AppendLine("MetricsCalculator on the benchmark split (macro_f1 for classifiers, higher is better; rmse for cars, lower is better).")
            .AppendLine($"Train time is in-process, the median of {Runs} runs, and includes saving the model (ML.NET: model.zip) and scoring the")
            .AppendLine("validation split; XGBoost early-stops after 20 rounds without improvement, the ML.NET trainers train every round.")
            .AppendLine()
            .AppendLine("| dataset | trainer | benchmark quality | train s | rounds |")
            .AppendLine("|---|---|--:|--:|--:|")
            .Append(rows)
            .ToString();
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
