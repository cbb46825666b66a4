using MlPipeline.Training.Trainers;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Boosting;

/// <summary>
/// Every XGBoost parameter once: XGBoost's name, the option, the valid range, whether Tune may set it and its default
/// search range. Validation, tuning, the booster's settings, the build's parameter reads and tuned values derive from it.
/// </summary>
/// <remarks>
/// Default search space: eta log-uniform [0.01, 0.3]; max_depth integer [2, 10]; min_child_weight log-uniform [0.5, 20];
/// subsample and colsample_bytree uniform [0.5, 1]; lambda and alpha log-uniform [1e-3, 10]; num_boost_round log integer
/// [50, 500]. min_child_weight is a threshold on a node's hessian sum, so its effect is multiplicative: log scale. Below
/// XGBoost's default of 1 lets classifiers split nodes whose probabilities are already near 0 or 1 (hessian p(1 - p) is
/// small); 20 already forbids most splits on a dataset of a few thousand rows, so searching higher wastes trials.
/// </remarks>
public static class XGBoostParameterTable
{
    public static IReadOnlyList<XGBoostParameter> All { get; } =
    [
        Real("eta", nameof(XGBoostParameters.Eta), ValueRange.Above(0), n => new LogUniformSpace(n, 0.01, 0.3), p => p.Eta, (p, v) => p with { Eta = v }),
        Whole("max_depth", nameof(XGBoostParameters.MaxDepth), ValueRange.AtLeast(0), n => new IntegerSpace(n, 2, 10), p => p.MaxDepth, (p, v) => p with { MaxDepth = v }),
        Real("min_child_weight", nameof(XGBoostParameters.MinChildWeight), ValueRange.AtLeast(0), n => new LogUniformSpace(n, 0.5, 20), p => p.MinChildWeight, (p, v) => p with { MinChildWeight = v }),
        Real("subsample", nameof(XGBoostParameters.Subsample), ValueRange.Share, n => new UniformSpace(n, 0.5, 1), p => p.Subsample, (p, v) => p with { Subsample = v }),
        Real("colsample_bytree", nameof(XGBoostParameters.ColsampleBytree), ValueRange.Share, n => new UniformSpace(n, 0.5, 1), p => p.ColsampleBytree, (p, v) => p with { ColsampleBytree = v }),
        Real("lambda", nameof(XGBoostParameters.Lambda), ValueRange.AtLeast(0), n => new LogUniformSpace(n, 1e-3, 10), p => p.Lambda, (p, v) => p with { Lambda = v }),
        Real("alpha", nameof(XGBoostParameters.Alpha), ValueRange.AtLeast(0), n => new LogUniformSpace(n, 1e-3, 10), p => p.Alpha, (p, v) => p with { Alpha = v }),
        Real("gamma", nameof(XGBoostParameters.Gamma), ValueRange.AtLeast(0), search: null, p => p.Gamma, (p, v) => p with { Gamma = v }),
        Whole("num_boost_round", nameof(XGBoostParameters.NumBoostRound), ValueRange.AtLeast(1), n => new IntegerSpace(n, 50, 500, Log: true), p => p.NumBoostRound, (p, v) => p with { NumBoostRound = v }, booster: false),
        Fixed("early_stopping_rounds", nameof(XGBoostParameters.EarlyStoppingRounds), ValueRange.AtLeast(0, "0 turns early stopping off"), p => p.EarlyStoppingRounds, (p, v) => p with { EarlyStoppingRounds = v }, booster: false),
        Fixed("seed", nameof(XGBoostParameters.Seed), ValueRange.Any, p => p.Seed, (p, v) => p with { Seed = v }, booster: true),
        Fixed("nthread", nameof(XGBoostParameters.Nthread), ValueRange.AtLeast(1), p => p.Nthread, (p, v) => p with { Nthread = v }, booster: true),
    ];

    /// <summary>The row named <paramref name="name"/> (XGBoost's name), or null.</summary>
    public static XGBoostParameter? Find(string name) => All.FirstOrDefault(p => p.Spec.Name == name);

    private static XGBoostParameter Real(string name, string member, ValueRange range, Func<string, ParameterSpace>? search, Func<XGBoostParameters, double> get, Func<XGBoostParameters, double, XGBoostParameters> set) =>
        new(new TrainerParameter(name, Option(member), get(XGBoostParameters.Defaults), range, IsInteger: false, IsTunable: true, search?.Invoke(name)), member, IsBoosterParameter: true, get, set);

    private static XGBoostParameter Whole(string name, string member, ValueRange range, Func<string, ParameterSpace> search, Func<XGBoostParameters, int> get, Func<XGBoostParameters, int, XGBoostParameters> set, bool booster = true) =>
        new(new TrainerParameter(name, Option(member), get(XGBoostParameters.Defaults), range, IsInteger: true, IsTunable: true, search(name)), member, booster, p => get(p), (p, v) => set(p, checked((int)Math.Round(v))));

    private static XGBoostParameter Fixed(string name, string member, ValueRange range, Func<XGBoostParameters, int> get, Func<XGBoostParameters, int, XGBoostParameters> set, bool booster) =>
        new(new TrainerParameter(name, Option(member), get(XGBoostParameters.Defaults), range, IsInteger: true, IsTunable: false, Search: null), member, booster, p => get(p), (p, v) => set(p, checked((int)Math.Round(v))));

    // The build's parameter of the same member name: the engine spells MaxDepth as --max-depth (a test holds the two together).
    private static string Option(string member) =>
        "--" + string.Concat(member.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
