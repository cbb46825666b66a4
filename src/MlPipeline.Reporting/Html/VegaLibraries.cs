using System.Text.Json;

namespace MlPipeline.Reporting.Html;

/// <summary>
/// The JavaScript of vega, vega-lite and vega-embed (their UMD builds), read from an npm prefix folder
/// (<c>FOLDER/node_modules/vega/build/vega.min.js</c>, …) to be inlined into the report, so the page needs no network.
/// </summary>
public sealed record VegaLibraries(string Vega, string VegaLite, string VegaEmbed)
{
    /// <summary>The pinned packages: the page is tested with exactly these.</summary>
    public static IReadOnlyList<(string Package, string Version, string Script)> Packages { get; } =
    [
        ("vega", "6.4.0", "build/vega.min.js"),
        ("vega-lite", "6.5.0", "build/vega-lite.min.js"),
        ("vega-embed", "7.3.0", "build/vega-embed.min.js"),
    ];

    /// <summary>The npm arguments that install <see cref="Packages"/> into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> NpmInstallArguments(string folder) =>
        ["install", "--no-audit", "--no-fund", "--prefix", folder, .. Packages.Select(p => $"{p.Package}@{p.Version}")];

    /// <summary>True when every pinned package is in <paramref name="folder"/> at its version.</summary>
    public static bool IsInstalled(string folder) => Problems(folder).Count == 0;

    /// <exception cref="InvalidOperationException">A package is missing or at another version; the message says how to install them.</exception>
    public static VegaLibraries Load(string folder)
    {
        var problems = Problems(folder);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"report.html inlines vega, vega-lite and vega-embed, but in {folder}: {string.Join("; ", problems)}. "
                + $"Install them with: npm {string.Join(' ', NpmInstallArguments(folder))}");
        }

        var scripts = Packages.Select(p => File.ReadAllText(ScriptPath(folder, p.Package, p.Script))).ToArray();
        return new VegaLibraries(scripts[0], scripts[1], scripts[2]);
    }

    private static List<string> Problems(string folder)
    {
        var problems = new List<string>();
        foreach (var (package, version, script) in Packages)
        {
            var manifest = Path.Combine(folder, "node_modules", package, "package.json");
            var installed = File.Exists(manifest) ? InstalledVersion(manifest) : null;
            if (installed is null || !File.Exists(ScriptPath(folder, package, script)))
            {
                problems.Add($"{package} {version} is missing ({ScriptPath(folder, package, script)})");
            }
            else if (installed != version)
            {
                problems.Add($"{package} is {installed}, not {version}");
            }
        }

        return problems;
    }

    private static string ScriptPath(string folder, string package, string script) => Path.Combine(folder, "node_modules", package, script);

    private static string? InstalledVersion(string manifest)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
