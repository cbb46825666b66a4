using System.Globalization;

namespace MlPipeline.Training.Trainers;

/// <summary>A trainer's parameter values: those given, the table's defaults for the rest; checked against the table.</summary>
internal sealed class ParameterValues
{
    private readonly Dictionary<string, double> _values;

    /// <exception cref="Boosting.TrainingException">A name the table does not have, or a value out of its range.</exception>
    public ParameterValues(IReadOnlyList<TrainerParameter> table, IReadOnlyDictionary<string, double> given)
    {
        ParameterTable.Check(table, given);
        _values = table.ToDictionary(p => p.Name, p => given.TryGetValue(p.Name, out var value) ? value : p.Default);
    }

    public double this[string name] => _values[name];

    public int Whole(string name) => checked((int)Math.Round(_values[name], MidpointRounding.AwayFromZero));

    public override string ToString() => string.Join(", ", _values.Select(p => $"{p.Key}={p.Value.ToString(CultureInfo.InvariantCulture)}"));
}
