namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The values one parameter takes on a grid.</summary>
internal static class GridAxis
{
    public static TrialValue[] Of(ParameterSpace parameter, int pointsPerNumeric) => parameter switch
    {
        UniformSpace uniform => Even(uniform.Low, uniform.High, pointsPerNumeric).Select(TrialValue.Of).ToArray(),
        LogUniformSpace logUniform => LogEven(logUniform.Low, logUniform.High, pointsPerNumeric).Select(TrialValue.Of).ToArray(),
        IntegerSpace integer => (integer.Log ? LogEven(integer.Low, integer.High, pointsPerNumeric) : Even(integer.Low, integer.High, pointsPerNumeric))
            .Select(value => (int)Math.Round(value))
            .Distinct()
            .Select(value => TrialValue.Of(value))
            .ToArray(),
        CategoricalSpace categorical => categorical.Choices.Select(TrialValue.Of).ToArray(),
        _ => throw new ArgumentException($"Parameter '{parameter.Name}' has an unknown kind {parameter.GetType().Name}.", nameof(parameter)),
    };

    private static double[] Even(double low, double high, int count) =>
        count == 1
            ? [(low + high) / 2]
            : [.. Enumerable.Range(0, count).Select(i => i == count - 1 ? high : low + i * (high - low) / (count - 1))];

    private static double[] LogEven(double low, double high, int count)
    {
        var points = Even(Math.Log(low), Math.Log(high), count).Select(Math.Exp).ToArray();
        // exp(log(x)) may miss x by an ulp and leave the range, so the ends are set exactly.
        if (count > 1)
        {
            (points[0], points[^1]) = (low, high);
        }

        return [.. points.Select(point => Math.Clamp(point, low, high))];
    }
}
