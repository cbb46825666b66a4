using MlPipeline.Build;

namespace MlPipeline.Components.Delivery;

/// <summary>The files an image's service is built from, for BuildImage's fingerprint.</summary>
internal static class ServiceSources
{
    private static readonly string[] BuildOutputs = ["bin", "obj"];

    /// <summary>
    /// Every file of the service project and of the projects it references (transitively), bin/ and obj/ left out since
    /// a build rewrites them; plus the repository-wide Directory.*.props that set versions and compiler options.
    /// </summary>
    public static IReadOnlyList<AbsolutePath> Of(AbsolutePath project)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<AbsolutePath>([project]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next) || !File.Exists(next))
            {
                continue;
            }

            var folder = next.Parent!;
            files.UnionWith(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(file => !InBuildOutput(folder, file)));
            foreach (var reference in References(next))
            {
                pending.Push(AbsolutePath.Create(Path.GetFullPath(Path.Combine(folder, reference))));
            }

            for (var above = folder.Parent; above is not null; above = above.Parent)
            {
                files.UnionWith(Directory.EnumerateFiles(above, "Directory.*.props"));
            }
        }

        return [.. files.Select(AbsolutePath.Create)];
    }

    private static bool InBuildOutput(string folder, string file) =>
        BuildOutputs.Contains(Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0], StringComparer.Ordinal);

    private static IEnumerable<string> References(string project) =>
        System.Xml.Linq.XDocument.Load(project).Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .Select(include => include.Replace('\\', Path.DirectorySeparatorChar));
}
