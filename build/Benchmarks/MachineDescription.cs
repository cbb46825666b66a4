using System.Runtime.InteropServices;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The machine a benchmark ran on, as one line for BENCHMARKS.md.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return $"{RuntimeInformation.OSDescription}, {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, .NET {Environment.Version}";
    }
}
