using MlPipeline.Training.Boosting;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Trainers;

/// <summary>What derives from a trainer's table of parameters: its tunable names, default search space and checks.</summary>
public static class ParameterTable
{
    public static IReadOnlyList<string> TunableNames(IEnumerable<TrainerParameter> table) => table.Where(p => p.IsTunable).Select(p => p.Name).ToArray();

    public static SearchSpace DefaultSearchSpace(IEnumerable<TrainerParameter> table) => new(table.Select(p => p.Search).OfType<ParameterSpace>().ToArray());

    /// <summary>Checks given values against a trainer's table: every name known, every value in range.</summary>
    /// <exception cref="TrainingException">A name the table does not have (listing the ones it has), or values out of range.</exception>
    public static void Check(IReadOnlyList<TrainerParameter> table, IReadOnlyDictionary<string, double> given)
    {
        var unknown = given.Keys.Where(name => table.All(p => p.Name != name)).ToArray();
        if (unknown.Length > 0)
        {
            throw new TrainingException($"Unknown training parameter{(unknown.Length > 1 ? "s" : "")} {string.Join(", ", unknown)}; this trainer takes {string.Join(", ", table.Select(p => p.Name))}.");
        }

        Validate(table.Where(p => given.ContainsKey(p.Name)).Select(p => (p, given[p.Name])));
    }

    /// <exception cref="TrainingException">Every value out of range, each named as the user sets it, with the allowed range.</exception>
    public static void Validate(IEnumerable<(TrainerParameter Parameter, double Value)> values)
    {
        var problems = values.Select(v => v.Parameter.Problem(v.Value)).OfType<string>().ToArray();
        if (problems.Length > 0)
        {
            throw new TrainingException("Invalid training parameters: " + string.Join("; ", problems) + ".");
        }
    }
}
