using MlPipeline.Foundation.Files;

namespace MlPipeline.Build.Workflows;

internal sealed partial class WorkflowFiles
{
    /// <summary>
    /// Writes each workflow whose file is missing or different and deletes orphaned generated files. Each file is
    /// replaced atomically, so an interrupted run leaves the old file or the new one, never half of one.
    /// </summary>
    /// <returns>The repository-relative paths written or deleted, in order.</returns>
    public async Task<IReadOnlyList<string>> WriteAsync(CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(_directory);
        var changed = new List<string>();
        foreach (var workflow in _workflows)
        {
            var path = FullPath(FileName(workflow));
            // Unchanged files are left alone so their timestamps do not suggest a change.
            if (File.Exists(path) && await ReadAsync(path, cancellationToken) == workflow.Content)
            {
                continue;
            }

            AtomicFile.Write(path, workflow.Content);
            changed.Add(workflow.RelativePath);
        }

        foreach (var fileName in await OrphanedFileNamesAsync(cancellationToken))
        {
            File.Delete(FullPath(fileName));
            changed.Add(RelativePath(fileName));
        }

        return changed;
    }
}
