using System.Globalization;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Components.Tuning;

/// <summary>A search space as one line of text: what the up-to-date check compares and what a study is identified by.</summary>
internal static class SearchSpaceText
{
    public static string Of(SearchSpace space) => string.Join("; ", space.Parameters.Select(Of));

    private static string Of(ParameterSpace parameter) => parameter switch
    {
        UniformSpace u => $"{u.Name} uniform [{Number(u.Low)}, {Number(u.High)}]",
        LogUniformSpace l => $"{l.Name} log-uniform [{Number(l.Low)}, {Number(l.High)}]",
        IntegerSpace i => $"{i.Name} integer{(i.Log ? " log" : "")} [{i.Low}, {i.High}]",
        CategoricalSpace c => $"{c.Name} one of {string.Join("|", c.Choices)}",
        _ => parameter.ToString(),
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
