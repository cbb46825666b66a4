using System.Text.Json.Serialization;

namespace MlPipeline.Training.Gates;

/// <summary>The verdicts of every gate, in the order the gates were given.</summary>
/// <param name="HasBaseline">False when there was no baseline yet, so only absolute gates applied.</param>
/// <param name="ConfidenceLevel">Coverage of the delta intervals, e.g. 0.95.</param>
public sealed record GateReport(IReadOnlyList<GateVerdict> Verdicts, bool HasBaseline, double ConfidenceLevel)
{
    /// <summary>True unless a gate failed; skipped gates do not count against it. The build fails when this is false.</summary>
    [JsonPropertyOrder(-1)]
    public bool Passed => Verdicts.All(verdict => verdict.State != GateState.Failed);
}
