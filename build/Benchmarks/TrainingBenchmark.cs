using System.Globalization;
using System.Text;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The Train target against XGBoost alone (python3-xgboost: pandas read, DMatrix, train) on the same rows, parameters, rounds and threads.</summary>
internal static class TrainingBenchmark
{
    private const int Rows = 200_000;
    private const int Features = 20;
    private const int Rounds = 100;
    private const int Threads = 2;
    private const int Runs = 7;

    /// <param name="splits">Where ValidateData writes the splits, which XGBoost alone trains on too.</param>
    public static async Task<string> RunAsync(AbsolutePath root, AbsolutePath splits, CancellationToken cancellation)
    {
        var folder = root / ".nuke" / "temp" / "benchmark";
        Directory.CreateDirectory(folder);
        var csv = folder / "training.csv";
        var schema = folder / "training.schema.json";
        TrainingBenchmarkData.Write(csv, schema, Rows, Features, seed: 1);

        var buildScript = root / "build.sh";
        var dataset = new[] { "--dataset", csv.Value };
        await Processes.RunAsync(buildScript, ["ValidateData", .. dataset, "--force", "ValidateData"], root, cancellation);

        string[] train = ["Train", .. dataset, "--num-boost-round", Invariant(Rounds), "--early-stopping-rounds", "0", "--nthread", Invariant(Threads), "--force", "Train"];
        string[] alone = [root / "build" / "Benchmarks" / "xgboost_alone.py", csv, schema, splits, Invariant(Rounds), Invariant(Threads)];
        var timings = await CommandTiming.MeasureAsync(
            [new TimedCommand("./build.sh Train", buildScript, train), new TimedCommand("python3 xgboost_alone.py", DebianPython.Path, alone)],
            root,
            Runs,
            cancellation,
            warmups: 1);
        var (pipeline, peer) = (timings[0], timings[1]);
        var ratio = pipeline.MedianRatioTo(peer);
        return new StringBuilder()
            .AppendLine("## Training: the Train target against XGBoost alone")
            .AppendLine()
            .AppendLine($"A generated binary dataset of {Rows:N0} rows × {Features} numeric features; both sides train the same {Rounds} rounds")
            .AppendLine($"(eta 0.3, max_depth 6, hist, seed 0, {Threads} threads, no early stopping) on the same training rows, evaluating the")
            .AppendLine($"same validation rows every round. Whole-process wall time of {Runs} runs after a warm-up, the two commands in turn.")
            .AppendLine()
            .AppendLine("| command | median s | fastest s |")
            .AppendLine("|---|--:|--:|")
            .AppendLine($"| `./build.sh Train --dataset <generated> --num-boost-round {Rounds} --early-stopping-rounds 0 --nthread {Threads} --force Train` | {pipeline.MedianSeconds} | {pipeline.FastestSeconds} |")
            .AppendLine($"| `python3 build/Benchmarks/xgboost_alone.py` (pandas.read_csv + DMatrix + xgboost.train) | {peer.MedianSeconds} | {peer.FastestSeconds} |")
            .AppendLine()
            .AppendLine($"Ratio pipeline / XGBoost alone, the median of the {Runs} pairs' ratios: **{ratio.ToString("0.00", CultureInfo.InvariantCulture)}** (goal ≤ 1.10; ratio of the")
            .AppendLine($"medians {(pipeline.Median / peer.Median).ToString("0.00", CultureInfo.InvariantCulture)}). The pipeline's time also covers starting the build, loading the CSV through the schema,")
            .AppendLine("the validation metrics, writing model.json and training.json and recording the run in the registry.")
            .ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
