using static MlPipeline.Training.Gates.GateNumbers;

namespace MlPipeline.Training.Gates;

internal static class AbsoluteGateCheck
{
    /// <summary>The baseline's value, when there is one, is reported for comparison only.</summary>
    public static GateVerdict Evaluate(AbsoluteGate gate, GateCandidate candidate, GateBaseline? baseline)
    {
        double? baselineValue = baseline is not null && baseline.Metrics.TryGetValue(gate.Metric, out var known) ? known : null;
        if (!candidate.Metrics.TryGetValue(gate.Metric, out var value))
        {
            return Verdict(gate, GateState.Failed, null, baselineValue, candidate.Lacks(gate.Metric));
        }

        var atLeast = gate.Operator == GateOperator.AtLeast;
        var passed = atLeast ? value >= gate.Threshold : value <= gate.Threshold;
        var message = passed
            ? $"{Short(value)} is at {(atLeast ? "least" : "most")} {Short(gate.Threshold)}"
            : $"{Short(value)} is {(atLeast ? "below" : "above")} the threshold {Short(gate.Threshold)}";
        return Verdict(gate, passed ? GateState.Passed : GateState.Failed, value, baselineValue, message);
    }

    private static GateVerdict Verdict(AbsoluteGate gate, GateState state, double? value, double? baselineValue, string message) =>
        new(gate.Text, gate.Metric, GateKind.Absolute, state, value, baselineValue, gate.Threshold,
            Tolerance: null, Delta: null, DeltaLow: null, DeltaHigh: null, message);
}
