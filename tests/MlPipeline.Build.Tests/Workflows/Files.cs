using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

public static class Files
{
    private static readonly GitHubActionsAttribute Ci = new("ci") { OnPullRequestBranches = ["main"], InvokedTargets = ["Train"] };

    private static readonly GitHubActionsAttribute Nightly = new("nightly") { OnCronSchedules = ["0 3 * * *"], InvokedTargets = ["Report"] };

    [Fact]
    public static async Task CheckPassesOnFreshlyWrittenFiles()
    {
        using var root = new TemporaryDirectory();
        var files = Create(root, Ci, Nightly);
        await files.WriteAsync(CancellationToken.None);

        var result = await files.CheckAsync(CancellationToken.None);

        Assert.True(result.IsUpToDate);
        Assert.Equal("The workflow files are up to date.", result.Summary);
    }

    [Fact]
    public static async Task CheckReportsAMissingFile()
    {
        using var root = new TemporaryDirectory();
        await Create(root, Ci).WriteAsync(CancellationToken.None);

        var result = await Create(root, Ci, Nightly).CheckAsync(CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new WorkflowFileProblem(".github/workflows/nightly.yml", WorkflowFileState.Missing, ""), problem);
        Assert.Equal(
            """
            1 workflow file(s) differ from the [GitHubActions] declarations of the build:
              .github/workflows/nightly.yml is missing.
            Run `./build.sh GenerateWorkflows` and commit the changes.
            """.ReplaceLineEndings("\n"),
            result.Summary);
    }

    [Fact]
    public static async Task CheckReportsAStaleFileWithTheChangedLines()
    {
        using var root = new TemporaryDirectory();
        await Create(root, Ci).WriteAsync(CancellationToken.None);
        var changed = new GitHubActionsAttribute("ci") { OnPullRequestBranches = ["main"], InvokedTargets = ["Train"], TimeoutMinutes = 30 };

        var result = await Create(root, changed).CheckAsync(CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(WorkflowFileState.Stale, problem.State);
        Assert.Equal("-   11 |     timeout-minutes: 60\n+   11 |     timeout-minutes: 30\n", problem.Details);
        Assert.Equal(
            """
            1 workflow file(s) differ from the [GitHubActions] declarations of the build:
              .github/workflows/ci.yml is stale (- committed, + generated):
                -   11 |     timeout-minutes: 60
                +   11 |     timeout-minutes: 30
            Run `./build.sh GenerateWorkflows` and commit the changes.
            """.ReplaceLineEndings("\n"),
            result.Summary);
    }

    [Fact]
    public static async Task AHandEditedFileIsStale()
    {
        using var root = new TemporaryDirectory();
        var files = Create(root, Ci);
        await files.WriteAsync(CancellationToken.None);
        var path = Path.Combine(root.Workflows, "ci.yml");
        await File.AppendAllTextAsync(path, "# a local tweak\n", CancellationToken.None);

        var result = await files.CheckAsync(CancellationToken.None);

        Assert.Equal(WorkflowFileState.Stale, Assert.Single(result.Problems).State);
    }

    [Fact]
    public static async Task AFileCheckedOutWithWindowsLineEndingsIsNotStale()
    {
        using var root = new TemporaryDirectory();
        var files = Create(root, Ci);
        await files.WriteAsync(CancellationToken.None);
        var path = Path.Combine(root.Workflows, "ci.yml");
        var text = await File.ReadAllTextAsync(path, CancellationToken.None);
        await File.WriteAllTextAsync(path, text.ReplaceLineEndings("\r\n"), CancellationToken.None);

        Assert.True((await files.CheckAsync(CancellationToken.None)).IsUpToDate);
    }

    [Fact]
    public static async Task AGeneratedFileWhoseDeclarationWasRemovedIsReportedAndDeletedButAHandWrittenOneIsKept()
    {
        using var root = new TemporaryDirectory();
        await Create(root, Ci, Nightly).WriteAsync(CancellationToken.None);
        var handWritten = Path.Combine(root.Workflows, "docs.yml");
        await File.WriteAllTextAsync(handWritten, "name: docs\n", CancellationToken.None);
        var files = Create(root, Ci);

        var result = await files.CheckAsync(CancellationToken.None);
        var changed = await files.WriteAsync(CancellationToken.None);

        Assert.Equal(
            [new WorkflowFileProblem(".github/workflows/nightly.yml", WorkflowFileState.Orphaned, "")],
            result.Problems);
        Assert.Equal([".github/workflows/nightly.yml"], changed);
        Assert.Equal(["ci.yml", "docs.yml"], Directory.GetFiles(root.Workflows).Select(Path.GetFileName).Order());
    }

    [Fact]
    public static async Task WriteCreatesTheDirectoryAndLeavesNoTemporaryFile()
    {
        using var root = new TemporaryDirectory();

        var changed = await Create(root, Ci, Nightly).WriteAsync(CancellationToken.None);

        Assert.Equal([".github/workflows/ci.yml", ".github/workflows/nightly.yml"], changed);
        Assert.Equal(["ci.yml", "nightly.yml"], Directory.GetFiles(root.Workflows).Select(Path.GetFileName).Order());
        var bytes = await File.ReadAllBytesAsync(Path.Combine(root.Workflows, "ci.yml"), CancellationToken.None);
        Assert.Equal((byte)'#', bytes[0]); // no byte order mark
    }

    [Fact]
    public static async Task WriteReplacesAStaleFileAndLeavesAnUpToDateOneUntouched()
    {
        using var root = new TemporaryDirectory();
        await Create(root, Ci, Nightly).WriteAsync(CancellationToken.None);
        var ciPath = Path.Combine(root.Workflows, "ci.yml");
        var nightlyPath = Path.Combine(root.Workflows, "nightly.yml");
        var longAgo = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(ciPath, longAgo);
        await File.WriteAllTextAsync(nightlyPath, "stale", CancellationToken.None);

        var changed = await Create(root, Ci, Nightly).WriteAsync(CancellationToken.None);

        Assert.Equal([".github/workflows/nightly.yml"], changed);
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(ciPath));
        Assert.StartsWith(WorkflowGenerator.HeaderMarker, await File.ReadAllTextAsync(nightlyPath, CancellationToken.None));
        Assert.Equal(2, Directory.GetFiles(root.Workflows).Length);
    }

    [Fact]
    public static async Task AWriteThatCannotReplaceTheFileLeavesNoTemporaryFile()
    {
        using var root = new TemporaryDirectory();
        // A directory where the file should go makes the final rename fail after the temporary file was written.
        Directory.CreateDirectory(Path.Combine(root.Workflows, "ci.yml"));

        await Assert.ThrowsAnyAsync<IOException>(() => Create(root, Ci).WriteAsync(CancellationToken.None));

        Assert.Empty(Directory.GetFiles(root.Workflows));
    }

    [Fact]
    public static void AnInvalidDeclarationFailsBeforeAnyFileIsWritten()
    {
        using var root = new TemporaryDirectory();

        Assert.Throws<WorkflowDefinitionException>(() => Create(root, Ci, new GitHubActionsAttribute("broken")));

        Assert.False(Directory.Exists(root.Workflows));
    }

    private static WorkflowFiles Create(TemporaryDirectory root, params GitHubActionsAttribute[] declarations) =>
        WorkflowFiles.Create(root.Path, declarations, SampleBuild.Context);
}
