using System.Text;
using MlPipeline.Build.UpToDate;

namespace MlPipeline.Build.Planning;

/// <summary>
/// Writes <c>--plan</c>: each target in order with why it would run or be skipped, and the graph as Mermaid.
/// Nothing runs; up-to-date verdicts are computed from the files as they are now.
/// </summary>
internal static class PlanWriter
{
    public static void Write(TextWriter output, ExecutionPlan plan, FingerprintStore store, FingerprintCalculator fingerprints)
    {
        var verdicts = Verdicts(plan, store, fingerprints);
        var width = plan.Targets.Select(t => t.Name.Length).DefaultIfEmpty(0).Max() + 3;
        output.WriteLine("Plan (nothing runs):");
        for (var i = 0; i < plan.Targets.Count; i++)
        {
            var target = plan.Targets[i];
            output.WriteLine($"  {i + 1,2}. {target.Name.PadRight(width)}{verdicts[target.Name].Text}");
        }
    }

    public static string Mermaid(ExecutionPlan plan, FingerprintStore store, FingerprintCalculator fingerprints)
    {
        var verdicts = Verdicts(plan, store, fingerprints);
        var members = plan.Targets.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder("graph LR\n");
        foreach (var target in plan.Targets)
        {
            var verdict = verdicts[target.Name];
            text.Append($"  {target.Name}[\"{target.Name}<br/>{verdict.Kind}\"]:::{verdict.Kind}\n");
        }

        foreach (var target in plan.Targets)
        {
            foreach (var dependency in target.Node.DependsOn.Where(members.Contains))
            {
                text.Append($"  {dependency} --> {target.Name}\n");
            }

            foreach (var earlier in target.Node.OrderedAfter.Where(members.Contains))
            {
                text.Append($"  {earlier} -.-> {target.Name}\n");
            }

            foreach (var trigger in target.Node.TriggeredBy.Where(members.Contains))
            {
                text.Append($"  {trigger} ==> {target.Name}\n");
            }
        }

        text.Append("  classDef run fill:#dbeafe,stroke:#1d4ed8\n");
        text.Append("  classDef uptodate fill:#dcfce7,stroke:#15803d\n");
        text.Append("  classDef skip fill:#f3f4f6,stroke:#6b7280,stroke-dasharray:4\n");
        return text.ToString();
    }

    private static Dictionary<string, Verdict> Verdicts(ExecutionPlan plan, FingerprintStore store, FingerprintCalculator fingerprints)
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            var fingerprint = fingerprints.Compute(target.Node, digests);
            digests[target.Name] = fingerprint.Digest;
            verdicts[target.Name] = Decide(target, fingerprint, store, fingerprints, verdicts);
        }

        return verdicts;
    }

    private static Verdict Decide(PlannedTarget target, TargetFingerprint fingerprint, FingerprintStore store, FingerprintCalculator fingerprints, Dictionary<string, Verdict> earlier)
    {
        if (target.SkipReason is not null)
        {
            return new Verdict("skip", $"skipped: {target.SkipReason}");
        }

        var conditions = target.Node.Definition.DynamicConditions.Select(c => $"`{c.Text}`").ToList();
        var onlyIf = conditions.Count > 0 ? $" (only if {string.Join(" and ", conditions)} holds then)" : string.Empty;
        if (target.IsTriggeredOnly)
        {
            onlyIf += $" (when triggered by {string.Join(", ", target.TriggeredVia)})";
        }

        if (target.IsForced)
        {
            return new Verdict("run", $"will run: forced{onlyIf}");
        }

        var why = UpToDateCheck.WhyRun(fingerprint, store.Load(target.Name), fingerprints.HashOutputs(target.Node));
        if (why is not null)
        {
            return new Verdict("run", $"will run: {why}{onlyIf}");
        }

        var runningDependency = target.Node.DependsOn.FirstOrDefault(d => earlier.TryGetValue(d, out var v) && v.Kind == "run");
        return runningDependency is null
            ? new Verdict("uptodate", $"up to date{onlyIf}")
            : new Verdict("run", $"up to date now; checked again after {runningDependency} runs{onlyIf}");
    }

    private sealed record Verdict(string Kind, string Text);
}
