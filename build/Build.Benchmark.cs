using System.Text;
using MlPipeline.Build;
using MlPipeline.Components.Lineage;
using MlPipeline.Pipeline.Benchmarks;
using MlPipeline.Pipeline.Setup;

namespace MlPipeline.Pipeline;

internal sealed partial class Build
{
    [Parameter("Timed runs per benchmarked command")]
    private readonly int BenchmarkRuns = 15;

    private Target Benchmark => _ => _
        .Description("Measure the engine, CSV loading against pandas, training against XGBoost alone, the registry and tuning; write BENCHMARKS.md")
        .DependsOn(InstallTestTools)
        .Executes(async cancellation =>
        {
            await AptPackages.EnsureAsync(["python3-pandas", "python3-xgboost", "postgresql"], "Benchmark (the peers pandas and XGBoost alone, the PostgreSQL registry)", RootDirectory, cancellation);
            string[] sections =
            [
                await EngineBenchmark.RunAsync(RootDirectory, BenchmarkRuns, cancellation),
                await CsvLoadingBenchmark.RunAsync(RootDirectory, cancellation),
                await TrainingBenchmark.RunAsync(RootDirectory, cancellation),
                RegistryBenchmark.Run(),
                await TuningBenchmark.RunAsync(RootDirectory, cancellation),
            ];

            var report = new StringBuilder()
                .AppendLine("# Benchmarks")
                .AppendLine()
                .AppendLine($"Written by `./build.sh Benchmark` on {DateTime.UtcNow:yyyy-MM-dd}. Machine: {MachineInfo.Current()}.")
                .AppendLine()
                .AppendJoin(Environment.NewLine, sections);
            await File.WriteAllTextAsync(RootDirectory / "BENCHMARKS.md", report.ToString(), cancellation);
            Log.Information(report.ToString());
        });
}
