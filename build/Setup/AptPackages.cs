using MlPipeline.Build;

namespace MlPipeline.Pipeline.Setup;

/// <summary>Makes sure Debian packages a target needs are installed: installs them when running as root, otherwise says how.</summary>
internal static class AptPackages
{
    private static readonly Dictionary<string, string?> NonInteractive = new() { ["DEBIAN_FRONTEND"] = "noninteractive" };

    public static async Task EnsureAsync(IReadOnlyList<string> packages, string neededFor, AbsolutePath workingDirectory, CancellationToken cancellation)
    {
        var missing = new List<string>();
        foreach (var package in packages)
        {
            if (!await IsInstalledAsync(package, workingDirectory, cancellation))
            {
                missing.Add(package);
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var install = $"apt-get install -y {string.Join(' ', missing)}";
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            throw new InvalidOperationException(
                $"{neededFor} needs the Debian packages {string.Join(", ", missing)}, which are not installed. Install them with: sudo apt-get update && sudo {install}");
        }

        Console.WriteLine($"Installing {string.Join(", ", missing)} ({neededFor})...");
        await Processes.RunAsync("apt-get", ["update", "-qq"], workingDirectory, cancellation, NonInteractive);
        await Processes.RunAsync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. missing], workingDirectory, cancellation, NonInteractive);
    }

    private static async Task<bool> IsInstalledAsync(string package, AbsolutePath workingDirectory, CancellationToken cancellation)
    {
        var query = await Processes.CaptureAsync("dpkg-query", ["-W", "-f=${Status}", package], workingDirectory, cancellation);
        return query.ExitCode == 0 && query.Output.Contains("install ok installed", StringComparison.Ordinal);
    }
}
