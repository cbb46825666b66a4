using System.Linq.Expressions;
using System.Reflection;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Training;

/// <summary>The build's <see cref="IBoostingParameters"/>, found through <see cref="XGBoostParameterTable"/>'s member names.</summary>
internal static class BoostingParameters
{
    /// <summary>The values the build gives (its own overrides, then the command line and the other sources).</summary>
    public static XGBoostParameters From(IBoostingParameters build) =>
        XGBoostParameterTable.All.Aggregate(XGBoostParameters.Defaults, (parameters, row) => row.Set(parameters, Convert.ToDouble(Property(row).GetValue(build))));

    /// <summary>Every parameter as the engine's <c>Reads(() => Eta, …)</c> would name it, for a target's fingerprint.</summary>
    public static Expression<Func<object?>>[] Reads(IBoostingParameters build) =>
        XGBoostParameterTable.All
            .Select(row => Expression.Lambda<Func<object?>>(Expression.Convert(Expression.Property(Expression.Constant(build, typeof(IBoostingParameters)), Property(row)), typeof(object))))
            .ToArray();

    private static PropertyInfo Property(XGBoostParameter row) =>
        typeof(IBoostingParameters).GetProperty(row.Member)
        ?? throw new InvalidOperationException($"{nameof(IBoostingParameters)} has no parameter {row.Member} for XGBoost's {row.Spec.Name}; add it next to the others.");
}
