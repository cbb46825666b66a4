using System.Diagnostics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Gates;

/// <summary>Decides every gate for a candidate model, against the baseline when there is one.</summary>
public static class GateEvaluator
{
    /// <summary>
    /// An absolute gate passes when the candidate's value meets its threshold. A baseline gate on a quality metric, with
    /// both models' <see cref="GateModel.Predictions"/>, takes the paired bootstrap delta candidate − baseline and fails only
    /// when the whole interval is worse than the tolerance (below −tolerance for a score, above +tolerance for a loss); on an
    /// operational metric, or without predictions, it compares the two values directly. Without a baseline, baseline gates
    /// are skipped ("no baseline yet"). A metric missing on either side fails its gate, saying which side lacks it.
    /// </summary>
    /// <param name="options">Replicates, seed and confidence level of the paired bootstrap.</param>
    /// <exception cref="ArgumentException">
    /// A null gate, or the two models' predictions are of different tasks or on different rows (see <see cref="GateBaseline"/>).
    /// </exception>
    public static GateReport Evaluate(IReadOnlyList<Gate> gates, GateCandidate candidate, GateBaseline? baseline, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(gates);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(options);

        var baselineCheck = new BaselineGateCheck(candidate, baseline, options);
        var verdicts = new List<GateVerdict>(gates.Count);
        for (var i = 0; i < gates.Count; i++)
        {
            verdicts.Add(gates[i] switch
            {
                AbsoluteGate gate => AbsoluteGateCheck.Evaluate(gate, candidate, baseline),
                BaselineGate gate => baselineCheck.Evaluate(gate),
                null => throw new ArgumentException($"gates[{i}] is null; pass only gates.", nameof(gates)),
                var other => throw new UnreachableException($"Gate type {other.GetType().Name} has no check."),
            });
        }

        return new GateReport(verdicts.AsReadOnly(), baseline is not null, options.ConfidenceLevel);
    }
}
