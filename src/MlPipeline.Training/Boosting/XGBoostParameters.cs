using System.Globalization;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Training.Boosting;

/// <summary>XGBoost's training parameters under XGBoost's names; the defaults are XGBoost's except where noted.</summary>
/// <remarks>Names, options, ranges and search ranges are in <see cref="XGBoostParameterTable"/>.</remarks>
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
    public static XGBoostParameters Defaults { get; } = new();

    /// <summary>The tunable parameters under XGBoost's names, the names search spaces and best.json use.</summary>
    public static IReadOnlyList<string> TunableNames => ParameterTable.TunableNames(XGBoostParameterTable.All.Select(p => p.Spec));

    /// <exception cref="TrainingException">Every value out of range, each named by its command-line option with the allowed range.</exception>
    public void Validate() => ParameterTable.Validate(XGBoostParameterTable.All.Select(p => (p.Spec, p.Get(this))));

    /// <summary>These parameters with one of <see cref="TunableNames"/> set; whole-number parameters are rounded.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="TunableNames"/>.</exception>
    public XGBoostParameters With(string name, double value) =>
        XGBoostParameterTable.Find(name) is { Spec.IsTunable: true } parameter
            ? parameter.Set(this, value)
            : throw new ArgumentException($"\"{name}\" is not a tunable XGBoost parameter; use one of {string.Join(", ", TunableNames)}.", nameof(name));

    /// <summary>The booster parameters for a task, in the order they are set.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToBoosterParameters(TaskKind task, int classCount)
    {
        var parameters = new List<KeyValuePair<string, string>>(Objective(task, classCount))
        {
            // hist everywhere: "auto" switches method by data size, so a growing dataset would change the algorithm.
            new("tree_method", "hist"),
        };
        parameters.AddRange(XGBoostParameterTable.All
            .Where(p => p.IsBoosterParameter)
            .Select(p => new KeyValuePair<string, string>(p.Spec.Name, p.Get(this).ToString("R", CultureInfo.InvariantCulture))));
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
}
