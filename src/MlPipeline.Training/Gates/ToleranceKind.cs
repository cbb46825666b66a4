namespace MlPipeline.Training.Gates;

/// <summary>How a <see cref="BaselineGate"/>'s tolerance is measured.</summary>
public enum ToleranceKind
{
    /// <summary>In the metric's own units (min_absolute_change), e.g. 0.01 of macro_f1.</summary>
    Absolute,

    /// <summary>As a fraction of the baseline's value (min_relative_change), e.g. 0.02 = 2 % of it.</summary>
    Relative,
}
