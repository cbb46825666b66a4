namespace MlPipeline.Training.Gates;

/// <summary>Which kind of gate a verdict is about.</summary>
public enum GateKind
{
    /// <summary>An <see cref="AbsoluteGate"/>: a threshold on the candidate's value.</summary>
    Absolute,

    /// <summary>A <see cref="BaselineGate"/>: no worse than the baseline beyond a tolerance.</summary>
    Baseline,
}
