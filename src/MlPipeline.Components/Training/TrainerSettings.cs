using System.Globalization;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Training;

/// <summary>The trainer a build chose, its parameter values and the run settings every trainer shares.</summary>
/// <param name="Parameters">By the trainer's own names; a parameter left out takes the trainer's default.</param>
internal sealed record TrainerSettings(ITrainer Trainer, IReadOnlyDictionary<string, double> Parameters, TrainerRun Run)
{
    /// <summary>XGBoost takes its own options (--eta, …); the ML.NET trainers take --trainer-parameters name=value.</summary>
    /// <exception cref="TrainingException">An XGBoost option given to another trainer, text that is not name=number, an unknown name or a value out of range.</exception>
    public static TrainerSettings From(ITrain build)
    {
        var trainer = TrainerCatalog.For(build.Trainer);
        var run = new TrainerRun(build.Seed, build.Nthread, build.EarlyStoppingRounds);
        if (trainer.Kind == TrainerKind.XGBoost)
        {
            if (build.TrainerParameters.Length > 0)
            {
                throw new TrainingException(
                    $"--trainer-parameters is for the ML.NET trainers; XGBoost takes its own options: {string.Join(", ", XGBoostParameterTable.All.Select(p => p.Spec.Option))}.");
            }

            var xgboost = BoostingParameters.From(build);
            xgboost.Validate();
            return new TrainerSettings(trainer, trainer.Parameters.ToDictionary(p => p.Name, p => XGBoostParameterTable.Find(p.Name)!.Get(xgboost)), run);
        }

        var foreign = XGBoostParameterTable.All.Where(p => p.Spec.IsTunable && build.IsParameterSet(p.Member)).Select(p => p.Spec.Option).ToArray();
        if (foreign.Length > 0)
        {
            throw new TrainingException(
                $"{string.Join(", ", foreign)} {(foreign.Length > 1 ? "are XGBoost options" : "is an XGBoost option")}, but --trainer is {trainer.Name}: "
                + $"set its parameters with --trainer-parameters name=value ({string.Join(", ", trainer.Parameters.Select(p => p.Name))}).");
        }

        var given = build.TrainerParameters.Select(Parse).ToDictionary(p => p.Key, p => p.Value);
        ParameterTable.Check(trainer.Parameters, given);
        ParameterTable.Validate([.. RunChecks(run)]);
        return new TrainerSettings(trainer, given, run);
    }

    /// <summary>Every value training used, the run settings included, under the names training.json records.</summary>
    public IReadOnlyDictionary<string, double> AllValues =>
        Trainer.Parameters.ToDictionary(p => p.Name, p => Parameters.TryGetValue(p.Name, out var value) ? value : p.Default)
            .Concat(Run.Values)
            .ToDictionary(p => p.Key, p => p.Value);

    /// <summary>These settings with <paramref name="values"/> replacing or adding parameter values.</summary>
    public TrainerSettings With(IEnumerable<KeyValuePair<string, double>> values)
    {
        var merged = new Dictionary<string, double>(Parameters);
        foreach (var (name, value) in values)
        {
            merged[name] = value;
        }

        return this with { Parameters = merged };
    }

    // The run settings are the XGBoost table's rows of the same names (--seed, --nthread, --early-stopping-rounds).
    private static IEnumerable<(TrainerParameter, double)> RunChecks(TrainerRun run)
    {
        var values = run.Values.ToDictionary(v => v.Key, v => v.Value);
        return XGBoostParameterTable.All.Where(p => values.ContainsKey(p.Spec.Name)).Select(p => (p.Spec, values[p.Spec.Name]));
    }

    private static KeyValuePair<string, double> Parse(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new(parts[0], value)
            : throw new TrainingException($"--trainer-parameters \"{text}\" is not name=number; write e.g. num_leaves=63 learning_rate=0.05.");
    }
}
