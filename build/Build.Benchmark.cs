using System.Text;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Lineage;
using MlPipeline.Foundation.Files;
using MlPipeline.Pipeline.Benchmarks;
using MlPipeline.Pipeline.Setup;

namespace MlPipeline.Pipeline;

internal sealed partial class Build
{
    private static readonly string[] BenchmarkSections = ["engine", "csv", "validation", "training", "registry", "tuning", "onnx", "trainers", "serving"];

    [Parameter("Timed runs per benchmarked command")]
    private readonly int BenchmarkRuns = 15;

    [Parameter("Run only these benchmark sections (engine, csv, validation, training, registry, tuning, onnx, trainers, serving); the report then goes to .nuke/temp/benchmark/BENCHMARKS.partial.md, not BENCHMARKS.md")]
    private readonly string[] BenchmarkOnly = [];

    private Target Benchmark => _ => _
        .Description("Measure the engine, CSV loading against pandas, ValidateData and Train on new data against pandas and XGBoost alone, training against XGBoost alone, the registry, tuning, ONNX scoring against XGBoost and the scoring service under load against ONNX Runtime and FastAPI + XGBoost; write BENCHMARKS.md")
        .DependsOn(InstallTestTools)
        .Checks(() =>
        {
            var unknown = BenchmarkOnly.Except(BenchmarkSections, StringComparer.OrdinalIgnoreCase).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"--benchmark-only {string.Join(' ', unknown)}: no such benchmark section. Choose from {string.Join(", ", BenchmarkSections)}.");
            }
        })
        .Executes(async cancellation =>
        {
            await AptPackages.EnsureAsync(["python3-pandas", "python3-xgboost", "postgresql", "python3-fastapi", "uvicorn", "wrk"], "Benchmark (the peers pandas, XGBoost alone and FastAPI, the PostgreSQL registry, the load generator wrk)", RootDirectory, cancellation);
            var sections = new List<string>();
            foreach (var name in BenchmarkSections.Where(Selected))
            {
                sections.Add(name switch
                {
                    "engine" => await EngineBenchmark.RunAsync(RootDirectory, BenchmarkRuns, cancellation),
                    "csv" => await CsvLoadingBenchmark.RunAsync(RootDirectory, cancellation),
                    "validation" => await ValidationBenchmark.RunAsync(RootDirectory, cancellation),
                    "training" => await TrainingBenchmark.RunAsync(RootDirectory, ArtifactPaths.Data.Splits(this), cancellation),
                    "registry" => RegistryBenchmark.Run(),
                    "tuning" => await TuningBenchmark.RunAsync(RootDirectory, cancellation),
                    "trainers" => TrainerBenchmark.Run(RootDirectory),
                    "serving" => await ServingBenchmark.RunAsync(RootDirectory, ArtifactPaths.Serving.Bundle(this), cancellation),
                    _ => OnnxBenchmark.Run(),
                });
            }

            var report = new StringBuilder()
                .AppendLine("# Benchmarks")
                .AppendLine()
                .AppendLine($"Written by `./build.sh Benchmark` on {Time.GetUtcNow():yyyy-MM-dd}. Machine: {MachineInfo.Current()}.")
                .AppendLine()
                .AppendJoin(Environment.NewLine, sections);
            // A partial run must not overwrite the full report with fewer sections.
            var output = BenchmarkOnly.Length == 0 ? RootDirectory / "BENCHMARKS.md" : RootDirectory / ".nuke" / "temp" / "benchmark" / "BENCHMARKS.partial.md";
            AtomicFile.Write(output, report.ToString());
            Log.Information(report.ToString());
        });

    private bool Selected(string section) => BenchmarkOnly.Length == 0 || BenchmarkOnly.Contains(section, StringComparer.OrdinalIgnoreCase);
}
