using MlPipeline.Build;

namespace MlPipeline.Components.Lineage;

/// <summary>The code a model was built from: the commit, and whether the working tree had uncommitted changes.</summary>
/// <param name="Commit">The full SHA, or "unknown" outside a git repository (a source archive).</param>
public sealed record GitRevision(string Commit, bool Dirty)
{
    public static async Task<GitRevision> ReadAsync(AbsolutePath repository, CancellationToken cancellation)
    {
        try
        {
            var head = await Processes.CaptureAsync("git", ["rev-parse", "HEAD"], repository, cancellation);
            if (head.ExitCode != 0)
            {
                return new GitRevision("unknown", Dirty: false);
            }

            // Build outputs are ignored by .gitignore, so only real source or data edits count as dirty.
            var status = await Processes.CaptureAsync("git", ["status", "--porcelain"], repository, cancellation);
            return new GitRevision(head.Output.Trim(), Dirty: status.Output.Trim().Length > 0);
        }
        catch (ProcessFailedException)
        {
            // git is not installed: the lineage says so rather than failing the training.
            return new GitRevision("unknown", Dirty: false);
        }
    }
}
