using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>Draws one value of a parameter evenly over its range (over its logarithm for log ranges).</summary>
internal static class UniformDraw
{
    public static TrialValue Of(ParameterSpace parameter, Xoshiro256StarStar random) => parameter switch
    {
        UniformSpace uniform => TrialValue.Of(Math.Clamp(Between(uniform.Low, uniform.High, random), uniform.Low, uniform.High)),
        LogUniformSpace logUniform => TrialValue.Of(
            Math.Clamp(Math.Exp(Between(Math.Log(logUniform.Low), Math.Log(logUniform.High), random)), logUniform.Low, logUniform.High)),
        IntegerSpace integer => TrialValue.Of(Integer(integer, random)),
        CategoricalSpace categorical => TrialValue.Of(categorical.Choices[random.NextBelow(categorical.Choices.Count)]),
        _ => throw new ArgumentException($"Parameter '{parameter.Name}' has an unknown kind {parameter.GetType().Name}.", nameof(parameter)),
    };

    // Each whole number owns the interval of width 1 that rounds to it, so the ends are as likely as the middle.
    private static int Integer(IntegerSpace integer, Xoshiro256StarStar random)
    {
        var (low, high) = (integer.Low - 0.5, integer.High + 0.5);
        var drawn = integer.Log ? Math.Exp(Between(Math.Log(low), Math.Log(high), random)) : Between(low, high, random);
        return Math.Clamp((int)Math.Round(drawn), integer.Low, integer.High);
    }

    private static double Between(double low, double high, Xoshiro256StarStar random) => low + random.NextUnit() * (high - low);
}
