using System.Reflection;
using MlPipeline.Build.Output;
using MlPipeline.Build.Planning;
using MlPipeline.Build.UpToDate;

namespace MlPipeline.Build.Execution;

/// <summary>
/// Runs a plan in order. After a failure the remaining targets do not run, except those marked
/// AssuredAfterFailure; a failing target marked ProceedAfterFailure only stops the targets that depend on it.
/// </summary>
internal sealed class BuildRunner(IBuildReporter reporter, IBuildLog log, FingerprintStore store, FingerprintCalculator fingerprints, TimeProvider time)
{
    public async Task<IReadOnlyList<TargetResult>> RunAsync(ExecutionPlan plan, CancellationToken cancellation)
    {
        var results = new Dictionary<string, TargetResult>(StringComparer.Ordinal);
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        var stopped = false;

        foreach (var planned in plan.Targets)
        {
            var result = await RunOneAsync(planned, results, digests, stopped, cancellation);
            results[planned.Name] = result;
            if (result.Status == TargetStatus.Failed && !planned.Node.Definition.ProceedsAfterFailure)
            {
                stopped = true;
            }

            reporter.TargetFinished(result);
        }

        return [.. results.Values];
    }

    private async Task<TargetResult> RunOneAsync(
        PlannedTarget planned,
        Dictionary<string, TargetResult> results,
        Dictionary<string, string> digests,
        bool stopped,
        CancellationToken cancellation)
    {
        var node = planned.Node;
        var definition = node.Definition;
        if (planned.SkipReason is not null)
        {
            digests[node.Name] = fingerprints.Compute(node, digests).Digest;
            return new TargetResult(node.Name, TargetStatus.Skipped, TimeSpan.Zero, planned.SkipReason);
        }

        if (!definition.IsAssuredAfterFailure)
        {
            if (stopped)
            {
                return new TargetResult(node.Name, TargetStatus.NotRun, TimeSpan.Zero, "an earlier target failed");
            }

            var unmet = node.DependsOn.FirstOrDefault(d => results.TryGetValue(d, out var r) && r.Status is TargetStatus.Failed or TargetStatus.NotRun);
            if (unmet is not null)
            {
                return new TargetResult(node.Name, TargetStatus.NotRun, TimeSpan.Zero, $"dependency {unmet} did not succeed");
            }
        }

        if (planned.IsTriggeredOnly && !planned.TriggeredVia.Any(t => results.TryGetValue(t, out var r) && r.Status is TargetStatus.Succeeded or TargetStatus.UpToDate))
        {
            return new TargetResult(node.Name, TargetStatus.Skipped, TimeSpan.Zero, $"not triggered: {string.Join("; ", planned.TriggeredVia.Select(t => WhyNotRun(t, results)))}");
        }

        var started = time.GetTimestamp();
        try
        {
            var failing = definition.DynamicConditions.FirstOrDefault(c => !c.Holds());
            if (failing is not null)
            {
                return new TargetResult(node.Name, TargetStatus.Skipped, TimeSpan.Zero, $"condition `{failing.Text}` is false");
            }

            var fingerprint = fingerprints.Compute(node, digests);
            digests[node.Name] = fingerprint.Digest;
            var outputs = fingerprints.HashOutputs(node);
            var reason = planned.IsForced ? "forced" : UpToDateCheck.WhyRun(fingerprint, store.Load(node.Name), outputs);
            if (reason is null)
            {
                return new TargetResult(node.Name, TargetStatus.UpToDate, TimeSpan.Zero, "up to date");
            }

            reporter.TargetStarting(node.Name);
            log.Debug($"{node.Name} runs: {reason}");
            store.Delete(node.Name);
            foreach (var action in definition.Actions)
            {
                cancellation.ThrowIfCancellationRequested();
                await action(cancellation);
            }

            if (definition.InputPaths.Any(definition.OutputPaths.Contains))
            {
                fingerprint = fingerprints.Compute(node, digests, fingerprint.Inputs);
                digests[node.Name] = fingerprint.Digest;
            }

            if (definition.OutputPaths.Count > 0)
            {
                store.Save(fingerprints.WithOutputs(fingerprint, node));
            }

            return new TargetResult(node.Name, TargetStatus.Succeeded, time.GetElapsedTime(started));
        }
        catch (Exception exception)
        {
            var cause = Unwrap(exception);
            var message = cause is OperationCanceledException && cancellation.IsCancellationRequested ? "cancelled" : cause.Message;
            return new TargetResult(node.Name, TargetStatus.Failed, time.GetElapsedTime(started), message, cause);
        }
    }

    /// <summary>"Retrain did not run (condition `x` is false)": the triggering target's own reason travels along.</summary>
    private static string WhyNotRun(string trigger, Dictionary<string, TargetResult> results) =>
        results.TryGetValue(trigger, out var result) && result.Reason is { } reason ? $"{trigger} did not run ({reason})" : $"{trigger} did not run";

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };
}
