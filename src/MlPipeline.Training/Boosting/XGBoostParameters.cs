using System.Globalization;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Boosting;

/// <summary>XGBoost's training parameters under XGBoost's names; the defaults are XGBoost's except where noted.</summary>
/// <param name="EarlyStoppingRounds">Stop when the validation metric has not improved for this many rounds; 0 turns it off. Default 20.</param>
/// <param name="Nthread">Default 2, not XGBoost's "all cores": the model depends on the thread count, and a fixed count keeps it reproducible across machines.</param>
public sealed record XGBoostParameters(
    double Eta = 0.3,
    int MaxDepth = 6,
    double MinChildWeight = 1,
    double Subsample = 1,
    double ColsampleBytree = 1,
    double Lambda = 1,
    double Alpha = 0,
    double Gamma = 0,
    int NumBoostRound = 100,
    int EarlyStoppingRounds = 20,
    int Seed = 0,
    int Nthread = 2)
{
    /// <exception cref="TrainingException">Every value out of range, each named by its command-line option with the allowed range.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        Check(problems, "--eta", Eta, Eta > 0 && double.IsFinite(Eta), "> 0");
        Check(problems, "--max-depth", MaxDepth, MaxDepth >= 0, ">= 0");
        Check(problems, "--min-child-weight", MinChildWeight, MinChildWeight >= 0 && double.IsFinite(MinChildWeight), ">= 0");
        Check(problems, "--subsample", Subsample, Subsample is > 0 and <= 1, "in (0, 1]");
        Check(problems, "--colsample-bytree", ColsampleBytree, ColsampleBytree is > 0 and <= 1, "in (0, 1]");
        Check(problems, "--lambda", Lambda, Lambda >= 0 && double.IsFinite(Lambda), ">= 0");
        Check(problems, "--alpha", Alpha, Alpha >= 0 && double.IsFinite(Alpha), ">= 0");
        Check(problems, "--gamma", Gamma, Gamma >= 0 && double.IsFinite(Gamma), ">= 0");
        Check(problems, "--num-boost-round", NumBoostRound, NumBoostRound >= 1, ">= 1");
        Check(problems, "--early-stopping-rounds", EarlyStoppingRounds, EarlyStoppingRounds >= 0, ">= 0 (0 turns early stopping off)");
        Check(problems, "--nthread", Nthread, Nthread >= 1, ">= 1");
        if (problems.Count > 0)
        {
            throw new TrainingException("Invalid training parameters: " + string.Join("; ", problems) + ".");
        }
    }

    /// <summary>The tunable parameters under XGBoost's names, the names search spaces and best.json use.</summary>
    public static IReadOnlyList<string> TunableNames { get; } =
        ["eta", "max_depth", "min_child_weight", "subsample", "colsample_bytree", "lambda", "alpha", "gamma", "num_boost_round"];

    /// <summary>These parameters with one of <see cref="TunableNames"/> set; whole-number parameters are rounded.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="TunableNames"/>.</exception>
    public XGBoostParameters With(string name, double value) => name switch
    {
        "eta" => this with { Eta = value },
        "max_depth" => this with { MaxDepth = checked((int)Math.Round(value)) },
        "min_child_weight" => this with { MinChildWeight = value },
        "subsample" => this with { Subsample = value },
        "colsample_bytree" => this with { ColsampleBytree = value },
        "lambda" => this with { Lambda = value },
        "alpha" => this with { Alpha = value },
        "gamma" => this with { Gamma = value },
        "num_boost_round" => this with { NumBoostRound = checked((int)Math.Round(value)) },
        _ => throw new ArgumentException($"\"{name}\" is not a tunable XGBoost parameter; use one of {string.Join(", ", TunableNames)}.", nameof(name)),
    };

    /// <summary>The booster parameters for a task, in the order they are set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToBoosterParameters(TaskKind task, int classCount)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        void Add(string name, IFormattable value) => parameters.Add(new(name, value.ToString(null, CultureInfo.InvariantCulture)));
        parameters.AddRange(Objective(task, classCount));
        // hist everywhere: "auto" switches method by data size, so a growing dataset would change the algorithm.
        parameters.Add(new("tree_method", "hist"));
        Add("eta", Eta);
        Add("max_depth", MaxDepth);
        Add("min_child_weight", MinChildWeight);
        Add("subsample", Subsample);
        Add("colsample_bytree", ColsampleBytree);
        Add("lambda", Lambda);
        Add("alpha", Alpha);
        Add("gamma", Gamma);
        Add("seed", Seed);
        Add("nthread", Nthread);
        parameters.Add(new("verbosity", "0"));
        return parameters;
    }

    /// <summary>The evaluation metric XGBoost reports for a task; lower is better for each.</summary>
    public static string MetricFor(TaskKind task) => task switch
    {
        TaskKind.Binary => "logloss",
        TaskKind.Multiclass => "mlogloss",
        _ => "rmse",
    };

    private static IEnumerable<KeyValuePair<string, string>> Objective(TaskKind task, int classCount) => task switch
    {
        TaskKind.Binary => [new("objective", "binary:logistic"), new("eval_metric", MetricFor(task))],
        TaskKind.Multiclass => [new("objective", "multi:softprob"), new("num_class", classCount.ToString(CultureInfo.InvariantCulture)), new("eval_metric", MetricFor(task))],
        _ => [new("objective", "reg:squarederror"), new("eval_metric", MetricFor(task))],
    };

    private static void Check(List<string> problems, string option, IFormattable value, bool valid, string range)
    {
        if (!valid)
        {
            problems.Add($"{option} is {value.ToString(null, CultureInfo.InvariantCulture)} but must be {range}");
        }
    }
}
