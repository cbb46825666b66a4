using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests.EndToEnd;

/// <summary>The workflows committed in this repository are what its build declares, and GitHub would accept them.</summary>
public sealed class RepositoryWorkflows
{
    private static AbsolutePath Linter => Repository.Root / ".nuke" / "temp" / "tools" / "node_modules" / "@tktco" / "node-actionlint" / "bin" / "node-actionlint.js";

    [Fact]
    public async Task TheCommittedWorkflowsMatchTheDeclarations()
    {
        var outcome = await ChildProcess.RunAsync(Repository.Root / "build.sh", ["GenerateWorkflows", "--check", "--verbosity", "minimal"], Repository.Root);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [Fact]
    public async Task TheCommittedWorkflowsPassActionlint()
    {
        Assert.True(File.Exists(Linter), $"The workflow linter is missing at {Linter}. Run './build.sh Test' (its InstallTestTools step installs it with npm).");
        var workflows = Directory.GetFiles(Repository.Root / ".github" / "workflows", "*.yml");
        Assert.NotEmpty(workflows);

        var outcome = await ChildProcess.RunAsync("node", [Linter, ".github/workflows/*.yml"], Repository.Root);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.DoesNotContain("No workflow files found", outcome.Output + outcome.Error);
    }
}
