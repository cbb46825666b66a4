using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

/// <summary>Spaces with one parameter of every kind, and the checks that a value belongs to its parameter.</summary>
internal static class SamplerSpaces
{
    public static SearchSpace EveryKind { get; } = new(
    [
        new UniformSpace("x", -5, 5),
        new LogUniformSpace("scale", 1e-3, 10),
        new IntegerSpace("depth", 2, 10),
        new IntegerSpace("rounds", 50, 500, Log: true),
        new CategoricalSpace("kind", ["a", "b", "c", "d"]),
    ]);

    public static void AssertBelongs(SearchSpace space, IReadOnlyDictionary<string, TrialValue> values)
    {
        Assert.Equal(space.Parameters.Select(parameter => parameter.Name).Order(), values.Keys.Order());
        foreach (var parameter in space.Parameters)
        {
            var value = values[parameter.Name];
            switch (parameter)
            {
                case UniformSpace uniform:
                    Assert.Null(value.Choice);
                    Assert.InRange(value.Number, uniform.Low, uniform.High);
                    break;
                case LogUniformSpace logUniform:
                    Assert.Null(value.Choice);
                    Assert.InRange(value.Number, logUniform.Low, logUniform.High);
                    break;
                case IntegerSpace integer:
                    Assert.Null(value.Choice);
                    Assert.Equal(Math.Round(value.Number), value.Number);
                    Assert.InRange(value.Integer, integer.Low, integer.High);
                    break;
                case CategoricalSpace categorical:
                    Assert.True(double.IsNaN(value.Number));
                    Assert.Contains(value.Choice, categorical.Choices);
                    break;
            }
        }
    }
}
