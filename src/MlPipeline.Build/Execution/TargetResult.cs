namespace MlPipeline.Build.Execution;

/// <summary>The outcome of one target; <see cref="Reason"/> says why it was skipped, not run, or failed.</summary>
internal sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration, string? Reason = null, Exception? Exception = null)
{
    public string StatusText => Status switch
    {
        TargetStatus.UpToDate => "UpToDate",
        TargetStatus.Skipped => $"Skipped ({Reason})",
        TargetStatus.NotRun => $"NotRun ({Reason})",
        _ => Status.ToString(),
    };
}
