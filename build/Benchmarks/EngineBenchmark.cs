using System.Globalization;
using System.Text;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The bootstrap's overhead and an all-up-to-date run, against running the build assembly directly.</summary>
internal static class EngineBenchmark
{
    public static async Task<string> RunAsync(AbsolutePath root, int runs, CancellationToken cancellation)
    {
        var buildScript = root / "build.sh";
        var assembly = root / ".nuke" / "temp" / "bin" / "_build.dll";
        var timings = await CommandTiming.MeasureAsync(
            [
                new TimedCommand("dotnet .nuke/temp/bin/_build.dll --help", "dotnet", [assembly, "--help"]),
                new TimedCommand("./build.sh --help", buildScript, ["--help"]),
                new TimedCommand("./build.sh InstallTestTools (up to date)", buildScript, ["InstallTestTools"]),
            ],
            root,
            runs,
            cancellation);
        var direct = timings[0];

        var section = new StringBuilder()
            .AppendLine("## Bootstrap overhead and up-to-date runs (engine)")
            .AppendLine()
            .AppendLine($"Each command ran 2 times to warm up, then {runs} times, the three in turn; wall-clock time per run.")
            .AppendLine()
            .AppendLine("| command | median ms | fastest ms | ratio to running the assembly directly (median) |")
            .AppendLine("|---|--:|--:|--:|");
        foreach (var timing in timings)
        {
            var ratio = (timing.Median / direct.Median).ToString("0.00", CultureInfo.InvariantCulture);
            section.AppendLine($"| `{timing.Command}` | {timing.MedianMilliseconds} | {timing.FastestMilliseconds} | {ratio} |");
        }

        return section.AppendLine()
            .AppendLine("`build.sh` hashes the build sources and, when nothing changed, runs the compiled assembly; its overhead is the")
            .AppendLine("difference between the first two rows. The up-to-date row is a whole build whose only target is skipped as up to date.")
            .ToString();
    }
}
