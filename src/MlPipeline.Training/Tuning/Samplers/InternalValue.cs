namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>A trial value as the Parzen estimators see it: the number itself, or a choice's index.</summary>
internal static class InternalValue
{
    /// <summary>False for a value the space cannot hold (a study resumed over a changed space): that trial is left out.</summary>
    public static bool TryFrom(ParameterSpace parameter, TrialValue value, out double internalValue)
    {
        internalValue = parameter switch
        {
            UniformSpace uniform => Within(value.Number, uniform.Low, uniform.High),
            LogUniformSpace logUniform => Within(value.Number, logUniform.Low, logUniform.High),
            IntegerSpace integer => Within(value.Number, integer.Low, integer.High),
            CategoricalSpace categorical => value.Choice is null ? double.NaN : IndexOrNaN(categorical.Choices, value.Choice),
            _ => double.NaN,
        };
        return !double.IsNaN(internalValue);
    }

    public static TrialValue To(ParameterSpace parameter, double internalValue) => parameter switch
    {
        CategoricalSpace categorical => TrialValue.Of(categorical.Choices[(int)internalValue]),
        _ => TrialValue.Of(internalValue),
    };

    private static double Within(double number, double low, double high) => number >= low && number <= high ? number : double.NaN;

    private static double IndexOrNaN(IReadOnlyList<string> choices, string choice)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] == choice)
            {
                return i;
            }
        }

        return double.NaN;
    }
}
