using System.Runtime.InteropServices;

namespace MlPipeline.Components.Lineage;

/// <summary>The machine a model was trained or a benchmark was run on, recorded because results depend on it (thread counts, float sums).</summary>
public sealed record MachineInfo(string Os, string Cpu, int Cores, string DotNet)
{
    public static MachineInfo Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineInfo(
            RuntimeInformation.OSDescription,
            cpu ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount,
            Environment.Version.ToString());
    }

    public override string ToString() => $"{Os}, {Cpu}, {Cores} cores, .NET {DotNet}";

    /// <summary>The fields by name, the form run records keep.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>
    {
        ["os"] = Os,
        ["cpu"] = Cpu,
        ["cores"] = Cores.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["dotnet"] = DotNet,
    };
}
