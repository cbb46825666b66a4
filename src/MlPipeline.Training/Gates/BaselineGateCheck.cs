using MlPipeline.Training.Metrics.Bootstrap;
using static MlPipeline.Training.Gates.GateNumbers;

namespace MlPipeline.Training.Gates;

/// <summary>
/// Checks baseline gates of one evaluation. The paired bootstrap runs at most once, on first need, and serves every
/// quality metric from the same replicates.
/// </summary>
internal sealed class BaselineGateCheck(GateCandidate candidate, GateBaseline? baseline, BootstrapOptions options)
{
    private IReadOnlyDictionary<string, PairedDelta>? _deltas;

    public GateVerdict Evaluate(BaselineGate gate)
    {
        double? candidateValue = candidate.Metrics.TryGetValue(gate.Metric, out var c) ? c : null;
        if (baseline is null)
        {
            return Verdict(gate, GateState.Skipped, candidateValue, null, null, "no baseline yet");
        }

        double? baselineValue = baseline.Metrics.TryGetValue(gate.Metric, out var b) ? b : null;
        if (candidateValue is null || baselineValue is null)
        {
            var message = candidateValue is null && baselineValue is null
                ? $"neither the candidate nor the baseline has {gate.Metric}"
                : (candidateValue is null ? candidate : (GateModel)baseline).Lacks(gate.Metric);
            return Verdict(gate, GateState.Failed, candidateValue, baselineValue, null, message);
        }

        var tolerance = gate.Kind == ToleranceKind.Absolute ? gate.Tolerance : gate.Tolerance * Math.Abs(b);
        var allowed = new Allowance(gate, tolerance, b);
        if (GateMetrics.IsOperational(gate.Metric))
        {
            return Direct(gate, c, b, allowed, note: "");
        }

        if (candidate.Predictions is null || baseline.Predictions is null)
        {
            var lacking = candidate.Predictions is null ? candidate : (GateModel)baseline;
            return Direct(gate, c, b, allowed, $" (no interval: the {lacking.Role} has no benchmark predictions)");
        }

        _deltas ??= candidate.Predictions.DeltasFrom(baseline.Predictions, options);
        if (!_deltas.TryGetValue(gate.Metric, out var delta))
        {
            return Verdict(gate, GateState.Failed, c, b, tolerance,
                $"{gate.Metric} is undefined on the benchmark rows for one of the models, so the paired bootstrap cannot compare them");
        }

        // Worse only when the whole interval is beyond the allowance: noise alone never fails the gate.
        var worse = allowed.LowerIsBetter ? delta.Low > tolerance : delta.High < -tolerance;
        var level = Short(options.ConfidenceLevel * 100);
        var interval = $"the {level}% interval of the change, [{Signed(delta.Low)}, {Signed(delta.High)}],";
        return Verdict(gate, worse ? GateState.Failed : GateState.Passed, c, b, tolerance,
            worse
                ? $"worse than the baseline beyond {allowed.Description}: {interval} lies wholly {allowed.Side} {allowed.Bound}"
                : $"no worse than the baseline beyond {allowed.Description}: {interval} does not lie wholly {allowed.Side} {allowed.Bound}",
            delta.Observed, delta.Low, delta.High);
    }

    private static GateVerdict Direct(BaselineGate gate, double candidateValue, double baselineValue, Allowance allowed, string note)
    {
        // Against the limit rather than the difference, so a value exactly at it passes (2.2 − 2.0 > 0.2 in binary).
        var worse = allowed.LowerIsBetter
            ? candidateValue > baselineValue + allowed.Tolerance
            : candidateValue < baselineValue - allowed.Tolerance;
        var delta = candidateValue - baselineValue;
        var message = worse
            ? $"worse than the baseline beyond {allowed.Description}: the change {Signed(delta)} is {allowed.Side} {allowed.Bound}{note}"
            : $"no worse than the baseline beyond {allowed.Description}: the change {Signed(delta)} is not {allowed.Side} {allowed.Bound}{note}";
        return Verdict(gate, worse ? GateState.Failed : GateState.Passed, candidateValue, baselineValue, allowed.Tolerance, message, delta);
    }

    private static GateVerdict Verdict(
        BaselineGate gate, GateState state, double? candidateValue, double? baselineValue, double? tolerance, string message,
        double? delta = null, double? low = null, double? high = null) =>
        new(gate.Text, gate.Metric, GateKind.Baseline, state, candidateValue, baselineValue, Threshold: null, tolerance, delta, low, high, message);

    /// <summary>How far the change may go in the metric's worse direction, and how messages say it.</summary>
    private sealed record Allowance(BaselineGate Gate, double Tolerance, double BaselineValue)
    {
        public bool LowerIsBetter { get; } = GateMetrics.LowerIsBetter(Gate.Metric);

        /// <summary>Beyond which a change is worse: above +tolerance for a loss, below −tolerance for a score.</summary>
        public string Side => LowerIsBetter ? "above" : "below";

        public string Bound => Signed(LowerIsBetter ? Tolerance : -Tolerance);

        public string Description => Gate.Kind == ToleranceKind.Absolute
            ? Short(Tolerance)
            : $"{Short(Tolerance)} ({Percent(Gate.Tolerance)}% of the baseline's {Short(BaselineValue)})";
    }
}
