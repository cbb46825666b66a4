using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

/// <summary>Functions with known minima on which samplers are compared.</summary>
internal static class SyntheticObjectives
{
    private static readonly Dictionary<string, double> Offsets = new() { ["a"] = 1, ["b"] = 0, ["c"] = 2, ["d"] = 0.5 };

    /// <summary>A quadratic bowl shifted off-centre in four numbers of four kinds, plus a choice's offset: minimum 0.</summary>
    public static SearchSpace QuadraticSpace { get; } = new(
    [
        new UniformSpace("x", -5, 5),
        new UniformSpace("y", -5, 5),
        new LogUniformSpace("scale", 1e-3, 10),
        new IntegerSpace("depth", 0, 20),
        new CategoricalSpace("kind", ["a", "b", "c", "d"]),
    ]);

    /// <summary>Branin's function on [-5, 10] × [0, 15]: three minima of 0.397887.</summary>
    public static SearchSpace BraninSpace { get; } = new([new UniformSpace("x1", -5, 10), new UniformSpace("x2", 0, 15)]);

    /// <summary>The distance to the quadratic's minimum, (1.5, -2, 0.1, 7), over the axes it is scaled by.</summary>
    public static double QuadraticDistance(IReadOnlyDictionary<string, TrialValue> values) =>
        Math.Sqrt(Math.Pow(values["x"].Number - 1.5, 2)
            + Math.Pow(values["y"].Number + 2, 2)
            + Math.Pow(Math.Log10(values["scale"].Number) + 1, 2)
            + Math.Pow((values["depth"].Number - 7) / 4, 2));

    public static double Quadratic(IReadOnlyDictionary<string, TrialValue> values) =>
        Math.Pow(QuadraticDistance(values), 2) + Offsets[values["kind"].Choice!];

    public static double Branin(IReadOnlyDictionary<string, TrialValue> values)
    {
        var (x1, x2) = (values["x1"].Number, values["x2"].Number);
        var b = 5.1 / (4 * Math.PI * Math.PI);
        var c = 5 / Math.PI;
        var t = 1 / (8 * Math.PI);
        return Math.Pow(x2 - b * x1 * x1 + c * x1 - 6, 2) + 10 * (1 - t) * Math.Cos(x1) + 10;
    }
}
