using System.Globalization;
using System.Text;
using MlPipeline.Build;
using MlPipeline.Components.Lineage;
using MlPipeline.Pipeline.Benchmarks;

namespace MlPipeline.Pipeline;

internal sealed partial class Build
{
    [Parameter("Timed runs per benchmarked command")]
    private readonly int BenchmarkRuns = 15;

    private Target Benchmark => _ => _
        .Description("Measure the bootstrap and an all-up-to-date run against running the build assembly directly; write BENCHMARKS.md")
        .DependsOn(InstallTestTools)
        .Executes(async cancellation =>
        {
            var buildScript = RootDirectory / "build.sh";
            var assembly = RootDirectory / ".nuke" / "temp" / "bin" / "_build.dll";
            var direct = await CommandTiming.MeasureAsync("dotnet .nuke/temp/bin/_build.dll --help", "dotnet", [assembly, "--help"], RootDirectory, BenchmarkRuns, cancellation);
            var bootstrap = await CommandTiming.MeasureAsync("./build.sh --help", buildScript, ["--help"], RootDirectory, BenchmarkRuns, cancellation);
            var upToDate = await CommandTiming.MeasureAsync("./build.sh InstallTestTools (up to date)", buildScript, ["InstallTestTools"], RootDirectory, BenchmarkRuns, cancellation);

            var report = new StringBuilder()
                .AppendLine("# Benchmarks")
                .AppendLine()
                .AppendLine($"Written by `./build.sh Benchmark` on {DateTime.UtcNow:yyyy-MM-dd}. Machine: {MachineInfo.Current()}.")
                .AppendLine($"Each command ran 2 times to warm up, then {BenchmarkRuns} times; wall-clock time per run.")
                .AppendLine()
                .AppendLine("## Bootstrap overhead and up-to-date runs (engine)")
                .AppendLine()
                .AppendLine("| command | median ms | fastest ms | ratio to running the assembly directly (median) |")
                .AppendLine("|---|--:|--:|--:|");
            foreach (var timing in new[] { direct, bootstrap, upToDate })
            {
                var ratio = (timing.Median / direct.Median).ToString("0.00", CultureInfo.InvariantCulture);
                report.AppendLine($"| `{timing.Command}` | {timing.MedianMilliseconds} | {timing.FastestMilliseconds} | {ratio} |");
            }

            report.AppendLine()
                .AppendLine("`build.sh` hashes the build sources and, when nothing changed, runs the compiled assembly; its overhead is the")
                .AppendLine("difference between the first two rows. The up-to-date row is a whole build whose only target is skipped as up to date.");
            await File.WriteAllTextAsync(RootDirectory / "BENCHMARKS.md", report.ToString(), cancellation);
            Log.Information(report.ToString());
        });
}
