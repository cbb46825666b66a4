namespace MlPipeline.Delivery.Processes;

/// <summary>How a finished process ended, and the last lines it wrote (stdout and stderr interleaved).</summary>
internal sealed record ProcessOutcome(int ExitCode, IReadOnlyList<string> Tail);
