using System.Diagnostics;
using System.Globalization;
using System.Text;
using MlPipeline.Build;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Samplers;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>TPE against random search on a sample dataset, pruning's saving, and parallel trials on the cores there are.</summary>
internal static class TuningBenchmark
{
    private const int RandomBudget = 100;
    private const int Seeds = 5;
    private const int StudyTrials = 40;

    private static readonly string[] Datasets = ["seattle-weather", "penguins", "breast_cancer", "cars"];

    public static async Task<string> RunAsync(AbsolutePath root, CancellationToken cancellation)
    {
        var space = XGBoostSearchSpace.Default;
        var medians = new List<int>();
        var rows = new StringBuilder();
        foreach (var dataset in Datasets)
        {
            var data = Objective(root / "data" / (dataset + ".csv"));
            double Loss(IReadOnlyDictionary<string, TrialValue> values) => data.Evaluate(values, threads: 2, seed: 0, stopAfter: null, cancellation);
            var reached = new List<int>();
            for (var seed = 0; seed < Seeds; seed++)
            {
                var target = SamplerComparison.BestValue(new RandomSampler(seed), space, Loss, RandomBudget);
                reached.Add(SamplerComparison.TrialsToReach(new TpeSampler(seed), space, Loss, target, RandomBudget));
            }

            var median = reached.Order().ElementAt(Seeds / 2);
            medians.Add(median);
            rows.AppendLine($"| `{dataset}` | {string.Join(", ", reached.Select(r => r > RandomBudget ? $">{RandomBudget}" : r.ToString(CultureInfo.InvariantCulture)))} | {median} |");
        }

        var objective = Objective(root / "data" / "seattle-weather.csv");
        var unpruned = await TimeStudyAsync(space, objective, new NoPruner(), parallelism: 1, new TpeSampler(0), cancellation);
        var pruned = await TimeStudyAsync(space, objective, new SuccessiveHalvingPruner(new PrunerOptions()), parallelism: 1, new TpeSampler(0), cancellation);
        var serial = await TimeStudyAsync(space, objective, new NoPruner(), parallelism: 1, new RandomSampler(0), cancellation);
        var parallel = await TimeStudyAsync(space, objective, new NoPruner(), parallelism: 2, new RandomSampler(0), cancellation);

        return new StringBuilder()
            .AppendLine("## Tuning: TPE against random search, pruning, parallel trials")
            .AppendLine()
            .AppendLine("XGBoost on the sample datasets (the pipeline's stratified split, seed 42), minimising the validation loss (mlogloss,")
            .AppendLine($"logloss or rmse) over the default search space (8 parameters), early stopping after 20 rounds. For each of seeds 0–{Seeds - 1}:")
            .AppendLine($"the best loss random search reaches in {RandomBudget} trials, and how many TPE trials (same seed) reach it.")
            .AppendLine()
            .AppendLine("| dataset | TPE trials per seed | median |")
            .AppendLine("|---|---|--:|")
            .Append(rows)
            .AppendLine()
            .AppendLine($"Median over the datasets' medians: **{Invariant(MedianOf(medians), "0.#")}** TPE trials (goal ≤ 40 on each dataset).")
            .AppendLine()
            .AppendLine($"Studies of {StudyTrials} trials on `seattle-weather` (wall time inside the process; best loss found):")
            .AppendLine()
            .AppendLine("| study | wall s | best validation mlogloss |")
            .AppendLine("|---|--:|--:|")
            .AppendLine($"| TPE, no pruning | {Invariant(unpruned.Seconds, "0.0")} | {Invariant(unpruned.Best, "0.00000")} |")
            .AppendLine($"| TPE, successive halving (min 10 rounds, factor 3) | {Invariant(pruned.Seconds, "0.0")} | {Invariant(pruned.Best, "0.00000")} |")
            .AppendLine($"| random, 1 trial at a time (2 threads each) | {Invariant(serial.Seconds, "0.0")} | {Invariant(serial.Best, "0.00000")} |")
            .AppendLine($"| random, 2 trials at a time (1 thread each) | {Invariant(parallel.Seconds, "0.0")} | {Invariant(parallel.Best, "0.00000")} |")
            .AppendLine()
            .AppendLine($"Pruning saves {Invariant(1 - (pruned.Seconds / unpruned.Seconds), "0%")} of the wall time; parallel trials on {Environment.ProcessorCount} cores "
                + $"are {Invariant(serial.Seconds / parallel.Seconds, "0.00")}× as fast as one at a time (random search proposes the same trials either way).")
            .ToString();
    }

    private static async Task<(double Seconds, double Best)> TimeStudyAsync(
        SearchSpace space, TrainerTrialObjective objective, IPruner pruner, int parallelism, ISampler sampler, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var runner = new StudyRunner(sampler, pruner, new InMemoryStudyStorage(), new StudyOptions(StudyTrials, null, parallelism, Seed: 0) { Threads = 2 });
        var result = await runner.RunAsync(space, objective.ForStudy(), progress: null, cancellation);
        return (stopwatch.Elapsed.TotalSeconds, result.Best.Value!.Value);
    }

    private static TrainerTrialObjective Objective(AbsolutePath csv)
    {
        var sample = SampleSplit.Load(csv);
        return new TrainerTrialObjective(
            TrainerCatalog.For(TrainerKind.XGBoost), sample.Task, sample.Train, sample.Validation, new Dictionary<string, double>(), XGBoostParameters.Defaults.EarlyStoppingRounds);
    }

    private static double MedianOf(List<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
