namespace MlPipeline.Build;

/// <summary>What a finished program printed, and its exit code.</summary>
public sealed record ProcessOutput(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
