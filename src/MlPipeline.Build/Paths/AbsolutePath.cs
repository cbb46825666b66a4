namespace MlPipeline.Build;

/// <summary>A normalised absolute file-system path; <c>Root / "data" / "x.csv"</c> combines.</summary>
public sealed record AbsolutePath
{
    private AbsolutePath(string value) => Value = value;

    /// <summary>The full path, without a trailing separator.</summary>
    public string Value { get; }

    /// <summary>The last segment of the path.</summary>
    public string Name => System.IO.Path.GetFileName(Value);

    /// <summary>The containing folder, or null at the file-system root.</summary>
    public AbsolutePath? Parent => System.IO.Path.GetDirectoryName(Value) is { } parent ? new AbsolutePath(parent) : null;

    /// <summary>True when a file or a folder exists at this path.</summary>
    public bool Exists => File.Exists(Value) || Directory.Exists(Value);

    /// <exception cref="ArgumentException">The path is not rooted.</exception>
    public static AbsolutePath Create(string path)
    {
        if (!System.IO.Path.IsPathRooted(path))
        {
            throw new ArgumentException($"'{path}' is not an absolute path; combine it with a root first.", nameof(path));
        }

        return new AbsolutePath(Normalize(System.IO.Path.GetFullPath(path)));
    }

    /// <summary>Resolves a relative path against <paramref name="baseDirectory"/>; absolute paths stay as they are.</summary>
    public static AbsolutePath Resolve(string path, AbsolutePath baseDirectory)
        => Create(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Combine(baseDirectory.Value, path));

    /// <summary>The path relative to <paramref name="directory"/>, with '/' separators.</summary>
    public string RelativeTo(AbsolutePath directory)
        => System.IO.Path.GetRelativePath(directory.Value, Value).Replace('\\', '/');

    public static AbsolutePath operator /(AbsolutePath left, string right) => Create(System.IO.Path.Combine(left.Value, right));

    public static implicit operator string(AbsolutePath path) => path.Value;

    public override string ToString() => Value;

    private static string Normalize(string fullPath)
    {
        var root = System.IO.Path.GetPathRoot(fullPath) ?? string.Empty;
        return fullPath.Length > root.Length ? fullPath.TrimEnd('/', '\\') : fullPath;
    }
}
