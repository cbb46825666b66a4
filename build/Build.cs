using MlPipeline.Build;

namespace MlPipeline.Pipeline;

/// <summary>This repository's own pipeline; it is also the example a user copies.</summary>
internal sealed class Build : PipelineBuild
{
    [Parameter("Build configuration of the test run")]
    private readonly string Configuration = "Release";

    private Target Test => _ => _
        .Description("Install and start what the tests need, run every test project, stop what was started")
        .Executes(cancellation => Processes.RunAsync(
            "dotnet",
            ["test", RootDirectory / "MlPipeline.sln", "--configuration", Configuration],
            RootDirectory,
            cancellation));

    public static Task<int> Main() => ExecuteAsync<Build>(x => x.Test);
}
