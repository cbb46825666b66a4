namespace MlPipeline.Training.Gates;

/// <summary>How an <see cref="AbsoluteGate"/> compares the candidate's value with its threshold.</summary>
public enum GateOperator
{
    /// <summary><c>&gt;=</c>: the value must be at least the threshold.</summary>
    AtLeast,

    /// <summary><c>&lt;=</c>: the value must be at most the threshold.</summary>
    AtMost,
}
