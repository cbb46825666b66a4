using System.Globalization;
using System.Text;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>
/// A run on new data, whole processes: ValidateData (load, every check, split, hashes, artifacts) against pandas.read_csv
/// of the same file, and Train with ValidateData forced against XGBoost alone on the same rows, parameters and rounds.
/// </summary>
internal static class ValidationBenchmark
{
    private const int Rows = 200_000;
    private const int Features = 20;
    private const int Rounds = 200;
    private const int Threads = 2;
    private const int Runs = 7;

    public static async Task<string> RunAsync(AbsolutePath root, CancellationToken cancellation)
    {
        var folder = root / ".nuke" / "temp" / "benchmark";
        Directory.CreateDirectory(folder);
        var csv = folder / "validation.csv";
        var schema = folder / "validation.schema.json";
        // A new file and no pin from an earlier run: the first ValidateData pins the benchmark rows, as on new data.
        File.Delete(folder / "validation.benchmark.json");
        TrainingBenchmarkData.Write(csv, schema, Rows, Features, seed: 2);

        var buildScript = root / "build.sh";
        string[] dataset = ["--dataset", csv.Value];
        string[] validate = ["ValidateData", .. dataset, "--force"];
        string[] train = ["Train", .. dataset, "--num-boost-round", Invariant(Rounds), "--early-stopping-rounds", "0", "--nthread", Invariant(Threads), "--force"];
        string[] read = ["-c", "import sys, pandas; pandas.read_csv(sys.argv[1])", csv];
        string[] alone = [root / "build" / "Benchmarks" / "xgboost_alone.py", csv, schema, root / "artifacts" / "data" / "splits.json", Invariant(Rounds), Invariant(Threads)];

        var validation = await CommandTiming.MeasureAsync(
            [new TimedCommand("./build.sh ValidateData", buildScript, validate), new TimedCommand("pandas.read_csv", DebianPython.Path, read)],
            root,
            Runs,
            cancellation,
            warmups: 1);
        var training = await CommandTiming.MeasureAsync(
            [new TimedCommand("./build.sh Train", buildScript, train), new TimedCommand("python3 xgboost_alone.py", DebianPython.Path, alone)],
            root,
            Runs,
            cancellation,
            warmups: 1);
        var megabytes = new FileInfo(csv).Length / 1e6;
        return new StringBuilder()
            .AppendLine("## New data: ValidateData against pandas.read_csv, Train with ValidateData against XGBoost alone")
            .AppendLine()
            .AppendLine($"The generated binary dataset of the training benchmark, {Rows:N0} rows × {Features} numeric features and a label ({megabytes:0} MB), with a")
            .AppendLine("schema that bounds every feature, so every check runs. Whole-process wall time (start-up included) of")
            .AppendLine($"{Runs} runs after a warm-up, the two commands of a table in turn; the warm-up pins the benchmark rows, as the first run on new data does.")
            .AppendLine()
            .AppendLine("| command | median s | fastest s |")
            .AppendLine("|---|--:|--:|")
            .AppendLine($"| `./build.sh ValidateData --dataset <generated> --force` (load, all checks, split, data and row hashes, statistics, reference profile) | {validation[0].MedianSeconds} | {validation[0].FastestSeconds} |")
            .AppendLine($"| `python3 -c \"import sys, pandas; pandas.read_csv(sys.argv[1])\" <generated>` | {validation[1].MedianSeconds} | {validation[1].FastestSeconds} |")
            .AppendLine()
            .AppendLine($"Ratio ValidateData / pandas.read_csv, the median of the {Runs} pairs' ratios: **{Ratio(validation[0], validation[1])}** (goal ≤ 1.5).")
            .AppendLine()
            .AppendLine("| command | median s | fastest s |")
            .AppendLine("|---|--:|--:|")
            .AppendLine($"| `./build.sh Train --dataset <generated> --num-boost-round {Rounds} --early-stopping-rounds 0 --nthread {Threads} --force` (ValidateData and Train) | {training[0].MedianSeconds} | {training[0].FastestSeconds} |")
            .AppendLine($"| `python3 build/Benchmarks/xgboost_alone.py` (pandas.read_csv + DMatrix + xgboost.train, {Rounds} rounds, same parameters) | {training[1].MedianSeconds} | {training[1].FastestSeconds} |")
            .AppendLine()
            .AppendLine($"Ratio pipeline / XGBoost alone, the median of the {Runs} pairs' ratios: **{Ratio(training[0], training[1])}** (goal ≤ 1.10).")
            .ToString();
    }

    private static string Ratio(CommandTiming ours, CommandTiming peer) =>
        ours.MedianRatioTo(peer).ToString("0.00", CultureInfo.InvariantCulture) + $" (ratio of the medians {(ours.Median / peer.Median).ToString("0.00", CultureInfo.InvariantCulture)})";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
