using System.Text;
using MlPipeline.Build.Output;
using MlPipeline.Build.Parameters;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build.UpToDate;

/// <summary>Computes a target's fingerprint from its declared inputs, the parameters it reads and its dependencies.</summary>
internal sealed class FingerprintCalculator(AbsolutePath root, ParameterSet parameters)
{
    /// <param name="inputsBeforeRun">
    /// After a run: the input hashes taken before it. They are kept for every input except those the target also
    /// produces (a file it creates on its first run and reads on later ones), which are taken as the run left them;
    /// so an input edited by someone else while the target ran still makes the next build run it again.
    /// </param>
    public TargetFingerprint Compute(TargetNode node, IReadOnlyDictionary<string, string> dependencyDigests, IReadOnlyDictionary<string, string>? inputsBeforeRun = null)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in node.Definition.InputPaths)
        {
            var key = Display(path);
            inputs[key] = inputsBeforeRun is not null && !node.Definition.OutputPaths.Contains(path) && inputsBeforeRun.TryGetValue(key, out var before)
                ? before
                : ContentHasher.HashPath(path);
        }

        var shown = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var actual = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in node.Definition.ParameterReads)
        {
            var text = ValueText.Format(read.Value(), root);
            actual[read.MemberName] = text;
            shown[read.MemberName] = parameters.Find(read.MemberName)?.Descriptor.IsSecret == true ? SecretMasker.Mask : text;
        }

        var dependencies = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dependency in node.DependsOn)
        {
            dependencies[dependency] = dependencyDigests.GetValueOrDefault(dependency, ContentHasher.Missing);
        }

        var canonical = new StringBuilder().Append("target\0").Append(node.Name).Append('\n');
        Append(canonical, "input", inputs);
        Append(canonical, "parameter", actual);
        Append(canonical, "dependency", dependencies);
        return new TargetFingerprint(node.Name, ContentHasher.HashText(canonical.ToString()), inputs, shown, dependencies, new(StringComparer.Ordinal));
    }

    public TargetFingerprint WithOutputs(TargetFingerprint fingerprint, TargetNode node) => fingerprint with { Outputs = HashOutputs(node) };

    public SortedDictionary<string, string> HashOutputs(TargetNode node)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in node.Definition.OutputPaths)
        {
            outputs[Display(path)] = ContentHasher.HashPath(path);
        }

        return outputs;
    }

    private string Display(AbsolutePath path) => ValueText.Format(path, root);

    private static void Append(StringBuilder canonical, string kind, SortedDictionary<string, string> entries)
    {
        foreach (var (key, value) in entries)
        {
            canonical.Append(kind).Append('\0').Append(key).Append('\0').Append(value).Append('\n');
        }
    }
}
