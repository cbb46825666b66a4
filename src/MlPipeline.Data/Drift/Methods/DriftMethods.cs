using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift.Methods;

/// <summary>The methods by name, and which one a column gets when its schema does not choose.</summary>
internal static class DriftMethods
{
    public static readonly KolmogorovSmirnovMethod KolmogorovSmirnov = new();
    public static readonly ChiSquareMethod ChiSquare = new();
    public static readonly PsiMethod Psi = new();
    public static readonly WassersteinMethod Wasserstein = new();
    public static readonly JensenShannonMethod JensenShannon = new();

    private static readonly IDriftMethod[] All = [KolmogorovSmirnov, ChiSquare, Psi, Wasserstein, JensenShannon];

    /// <summary>
    /// Small references get the tests (KS for numeric columns, chi-square for categorical ones), large ones the
    /// distances (PSI, Jensen–Shannon): a p-value on thousands of rows flags shifts too small to matter. PSI rather than
    /// the Wasserstein distance is the large-numeric default because its 0.1 line is the one practitioners know;
    /// <c>"method": "wasserstein"</c> in the schema picks the other.
    /// </summary>
    public static IDriftMethod Default(ColumnProfile reference, DriftOptions options)
    {
        var small = reference.Count <= options.SmallSampleLimit;
        return reference switch
        {
            NumericProfile numeric => small && numeric.SortedValues is not null ? KolmogorovSmirnov : Psi,
            _ => small ? ChiSquare : JensenShannon,
        };
    }

    /// <exception cref="DriftDetectionException">No method has that name, or it does not apply to the column's type.</exception>
    public static IDriftMethod Named(string name, ColumnProfile reference)
    {
        var method = All.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (method is not null && Applies(method, reference))
            return method;
        var fitting = string.Join(", ", All.Where(m => Applies(m, reference)).Select(m => m.Name));
        var what = method is null ? "is no drift method" : $"does not apply to a {reference.Type.ToString().ToLowerInvariant()} column";
        throw new DriftDetectionException(
            $"The schema sets drift method \"{name}\" on column {reference.Name}, which {what}; use one of {fitting}.",
            [reference.Name]);
    }

    /// <summary>Whether the method of that name reports a p-value (drift at or below the threshold).</summary>
    public static bool IsPValue(string name) =>
        All.Any(m => m.IsPValue && string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    private static bool Applies(IDriftMethod method, ColumnProfile reference) => reference switch
    {
        NumericProfile => method is INumericDriftMethod,
        CategoricalProfile => method is ICategoricalDriftMethod,
        _ => false,
    };
}
