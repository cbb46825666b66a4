using MlPipeline.Build;

namespace MlPipeline.Components.GitHub;

/// <summary>
/// Where a gate is written down: the first line of the build's sources (<c>build/**/*.cs</c>) or parameter files
/// (<c>.nuke/parameters*.json</c>) that holds it as a quoted string, which is where a failed gate's annotation goes.
/// A gate given only on the command line is declared nowhere in the repository.
/// </summary>
internal sealed class GateDeclarations(AbsolutePath root)
{
    private readonly Lazy<IReadOnlyList<(string Path, string[] Lines)>> _files = new(() => Read(root));

    /// <returns>The repository-relative path (forward slashes) and 1-based line, or null.</returns>
    public (string Path, int Line)? Find(string gate)
    {
        var quoted = $"\"{gate}\"";
        foreach (var (path, lines) in _files.Value)
        {
            var index = Array.FindIndex(lines, l => l.Contains(quoted, StringComparison.Ordinal));
            if (index >= 0)
            {
                return (path, index + 1);
            }
        }

        return null;
    }

    private static List<(string Path, string[] Lines)> Read(AbsolutePath root)
    {
        var build = root / "build";
        var nuke = root / ".nuke";
        var sources = (Directory.Exists(build) ? Directory.EnumerateFiles(build, "*.cs", SearchOption.AllDirectories) : [])
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.Exists(nuke) ? Directory.EnumerateFiles(nuke, "parameters*.json") : []);
        return [.. sources.Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllLines(f)))];
    }
}
