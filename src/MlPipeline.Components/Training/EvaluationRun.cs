using MlPipeline.Components.Artifacts;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Components.Training;

/// <summary>What <see cref="IEvaluate.Evaluate"/> does.</summary>
internal sealed class EvaluationRun(IEvaluate build)
{
    public void Run()
    {
        var data = PreparedDataset.Load(build);
        var benchmark = data.Encode(data.Splits.Benchmark);
        using var booster = Booster.Load(File.ReadAllBytes(ModelArtifacts.Model(build)));
        var evaluation = ModelEvaluator.Evaluate(booster, benchmark, data.Task, build.Nthread);
        var options = BootstrapOptions.Default with { Replicates = build.BootstrapReplicates };
        var intervals = data.Task.Kind == TaskKind.Regression
            ? BootstrapIntervals.Compute(benchmark.Labels, evaluation.Outputs, options)
            : BootstrapIntervals.Compute(ModelEvaluator.ClassIndices(benchmark.Labels), evaluation.Outputs, data.Task.ClassCount, options);

        MetricsFile.Write(ModelArtifacts.Metrics(build), data.Schema.Task, evaluation.Metrics, intervals, data.Classes);
        PredictionsFile.Write(ModelArtifacts.Predictions(build), benchmark, evaluation.Outputs, data.Classes);
        var importance = FeatureImportance.MeanAbsoluteShap(booster, benchmark, build.Nthread);
        ArtifactJson.Write(ModelArtifacts.Importance(build), new ImportanceReport("mean_abs_shap", importance.Select(p => new FeatureWeight(p.Key, p.Value)).ToArray()));

        build.Log.Information($"Benchmark metrics ({benchmark.RowCount} rows, {options.Replicates} bootstrap resamples):\n{MetricsTable.Render(evaluation.Metrics, intervals)}");
        build.Log.Information("Most important features (mean |SHAP|): " + string.Join(", ", importance.Take(5).Select(p => $"{p.Key} {p.Value:0.###}")));
    }
}
