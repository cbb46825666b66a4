namespace MlPipeline.Onnx.Export;

/// <summary>The names of the values inside an exported graph; the input may take any other name.</summary>
internal static class GraphNames
{
    /// <summary>Classifier output: float [N, C], column i the probability of class i.</summary>
    public const string Probabilities = "probabilities";

    /// <summary>Regression output: float [N, 1].</summary>
    public const string Value = "value";

    public const string Margins = "margins";

    public const string PositiveProbability = "positive_probability";

    public const string NegativeProbability = "negative_probability";

    public const string One = "one";

    private static readonly string[] Taken = [Probabilities, Value, Margins, PositiveProbability, NegativeProbability, One];

    /// <exception cref="OnnxExportException">The name is empty or one the graph uses itself.</exception>
    public static void CheckInputName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Taken.Contains(name, StringComparer.Ordinal))
        {
            throw new OnnxExportException(
                $"The input name \"{name}\" cannot be used: it must be non-empty and none of {string.Join(", ", Taken)} (the graph's own values). "
                + "Set OnnxExportOptions.InputName to another name, or leave the default \"features\".");
        }
    }
}
