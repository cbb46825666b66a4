using System.Text;

namespace MlPipeline.Build.Workflows;

/// <summary>
/// The generated workflow files of one repository: <see cref="WriteAsync"/> brings <c>.github/workflows</c> up to
/// date, <see cref="CheckAsync"/> reports how the committed files differ (for <c>GenerateWorkflows --check</c> and
/// the test that keeps them fresh).
/// </summary>
internal sealed partial class WorkflowFiles
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _directory;
    private readonly IReadOnlyList<GeneratedWorkflow> _workflows;

    private WorkflowFiles(string rootDirectory, IReadOnlyList<GeneratedWorkflow> workflows)
    {
        _directory = Path.Combine(rootDirectory, WorkflowGenerator.Directory);
        _workflows = workflows;
    }

    /// <exception cref="WorkflowDefinitionException">A declaration is invalid, or two share a name.</exception>
    public static WorkflowFiles Create(
        string rootDirectory, IReadOnlyList<GitHubActionsAttribute> declarations, WorkflowContext context) =>
        new(rootDirectory, WorkflowGenerator.GenerateAll(declarations, context));

    private string FullPath(string fileName) => Path.Combine(_directory, fileName);

    private static string RelativePath(string fileName) => $"{WorkflowGenerator.Directory}/{fileName}";

    private static string FileName(GeneratedWorkflow workflow) => Path.GetFileName(workflow.RelativePath);

    /// <summary>
    /// Files in the directory that this generator wrote for declarations that no longer exist. Hand-written
    /// workflows lack the header and are never touched.
    /// </summary>
    private async Task<IReadOnlyList<string>> OrphanedFileNamesAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            return [];
        }

        var declared = _workflows.Select(FileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var orphaned = new List<string>();
        foreach (var path in System.IO.Directory.EnumerateFiles(_directory).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (Path.GetExtension(path) is ".yml" or ".yaml" && !declared.Contains(fileName)
                && (await ReadAsync(path, cancellationToken)).StartsWith(WorkflowGenerator.HeaderMarker, StringComparison.Ordinal))
            {
                orphaned.Add(fileName);
            }
        }

        return orphaned;
    }

    /// <summary>The file's text with LF line endings, so a checkout with <c>core.autocrlf</c> is not reported stale.</summary>
    private static async Task<string> ReadAsync(string path, CancellationToken cancellationToken) =>
        (await File.ReadAllTextAsync(path, Utf8WithoutBom, cancellationToken)).ReplaceLineEndings("\n");
}
