using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Native;

namespace MlPipeline.Training.Trainers.XGBoost;

/// <summary>XGBoost through its C API: round by round, early stopping, the model as XGBoost's JSON.</summary>
internal sealed class XGBoostFamily : ITrainer
{
    public TrainerKind Kind => TrainerKind.XGBoost;

    public string Name => "xgboost";

    public string ModelFileName => "model.json";

    public string RoundsParameter => "num_boost_round";

    public IReadOnlyList<TrainerParameter> Parameters { get; } = XGBoostParameterTable.All.Where(p => p.Spec.IsTunable).Select(p => p.Spec).ToArray();

    public IReadOnlyDictionary<string, string> Libraries => new Dictionary<string, string> { ["xgboost"] = XGBoostLibrary.Version.ToString() };

    public string ValidationMetric(TaskKind task) => XGBoostParameters.MetricFor(task);

    /// <summary>The typed parameters for the values and run settings.</summary>
    public static XGBoostParameters ParametersOf(IReadOnlyDictionary<string, double> values, TrainerRun run) =>
        XGBoostParameterTable.All.Aggregate(
            XGBoostParameters.Defaults,
            (parameters, row) => values.TryGetValue(row.Spec.Name, out var value) ? row.Set(parameters, value) : parameters)
        with { Seed = run.Seed, Nthread = run.Threads, EarlyStoppingRounds = run.EarlyStoppingRounds };

    public TrainerResult Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        IReadOnlyDictionary<string, double> parameters,
        TrainerRun run,
        IProgress<BoostingRound>? progress,
        Func<BoostingRound, bool>? stopAfter,
        CancellationToken cancellation)
    {
        ParameterTable.Check(Parameters, parameters);
        using var model = XGBoostTrainer.Train(task, train, validation, ParametersOf(parameters, run), progress, cancellation, stopAfter);
        return new TrainerResult(model.Booster.SaveJson(), model.RoundsTrained, model.BestIteration, model.Best.Metric, model.Best.ValidationValue, model.Stopped);
    }

    public IModelScorer Load(ReadOnlySpan<byte> model, TrainingTask task, int threads) => new XGBoostScorer(Booster.Load(model), threads);
}
