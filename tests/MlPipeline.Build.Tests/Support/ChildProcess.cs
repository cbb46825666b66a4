namespace MlPipeline.Build.Tests.Support;

/// <summary>Runs a real program and collects what it printed.</summary>
internal static class ChildProcess
{
    public static async Task<ProcessOutput> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        // Tests must not inherit the outer build's CI settings by accident.
        return await Processes.CaptureAsync(fileName, arguments, AbsolutePath.Create(workingDirectory), timeout.Token, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = null });
    }
}
