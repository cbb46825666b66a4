using MlPipeline.Build.Cli;
using MlPipeline.Build.Output;
using MlPipeline.Build.Output.Progress;
using MlPipeline.Build.Parameters;
using MlPipeline.Build.Planning;
using MlPipeline.Build.Targets;
using MlPipeline.Build.UpToDate;
using MlPipeline.Foundation.Files;
using Spectre.Console;

namespace MlPipeline.Build.Execution;

/// <summary>Runs one invocation: parse, resolve parameters, discover targets, plan, check, run, report.</summary>
internal static class BuildEngine
{
    public const int Success = 0;
    public const int TargetFailed = 1;
    public const int Rejected = 2;

    /// <summary>Runs in this process: secrets are masked in everything written to the console, targets' own output included.</summary>
    public static async Task<int> RunProcessAsync(PipelineBuild build, IReadOnlyList<string> arguments, Func<PipelineBuild, Target> defaultTarget, CancellationToken cancellation)
    {
        var host = BuildHost.FromProcess();
        var masker = new SecretMasker();
        await using var output = new MaskingTextWriter(host.Out, masker);
        await using var error = new MaskingTextWriter(host.Error, masker);
        Console.SetOut(output);
        Console.SetError(error);
        return await RunAsync(build, arguments, defaultTarget, host with { Out = output, Error = error }, masker, cancellation);
    }

    /// <param name="host">Its writers must already mask through <paramref name="masker"/>.</param>
    public static async Task<int> RunAsync(
        PipelineBuild build,
        IReadOnlyList<string> arguments,
        Func<PipelineBuild, Target> defaultTarget,
        BuildHost host,
        SecretMasker masker,
        CancellationToken cancellation)
    {
        var reporter = Reporter(host, Verbosity.Normal, masker);
        try
        {
            var commandLine = CommandLine.Parse(arguments);
            var invocation = BuildInvocation.From(commandLine);
            reporter = Reporter(host, invocation.Verbosity, masker);
            var root = RootLocator.Locate(invocation.Root, host.WorkingDirectory);
            var descriptors = ParameterDiscovery.Discover(build.GetType());
            var parameters = ParameterResolver.Resolve(descriptors, commandLine, invocation.Profiles, host.Environment, root, host.WorkingDirectory);
            RegisterSecrets(parameters, host, masker);

            var log = new BuildLog(host.Out, host.Error, invocation.Verbosity, host.IsGitHubActions);
            build.Attach(new BuildContext(root, log, Progress(host), parameters, host.Time, host));
            var graph = TargetDiscovery.Discover(build);
            build.Context.SetGraph(graph);
            var defaultName = graph.NameOf(defaultTarget(build));
            if (invocation.Help)
            {
                HelpWriter.Write(host.Out, graph, parameters, build, defaultName, root);
                return Success;
            }

            ParameterSchemaWriter.WriteIfChanged(root / ".nuke" / "build.schema.json", descriptors);
            var plan = ExecutionPlanner.Create(graph, invocation, defaultName);
            build.Context.SetPlan(plan);
            var store = new FingerprintStore(root / ".nuke" / "temp" / "fingerprints");
            var fingerprints = new FingerprintCalculator(root, parameters);
            if (invocation.Plan)
            {
                PlanWriter.Write(host.Out, plan, store, fingerprints);
                AtomicFile.Write(root / ".nuke" / "temp" / "plan.mmd", PlanWriter.Mermaid(plan, store, fingerprints));
                host.Out.WriteLine("Graph written to .nuke/temp/plan.mmd (Mermaid).");
                return Success;
            }

            RequirementCheck.ThrowIfUnmet(plan, parameters);
            var started = host.Time.GetTimestamp();
            var results = await new BuildRunner(reporter, log, store, fingerprints, host.Time).RunAsync(plan, cancellation);
            var succeeded = Succeeded(plan, results);
            reporter.BuildFinished(results, host.Time.GetElapsedTime(started), succeeded);
            return succeeded ? Success : TargetFailed;
        }
        catch (BuildConfigurationException exception)
        {
            reporter.BuildRejected(exception.Message);
            return Rejected;
        }
        finally
        {
            // Not the build's token: after Ctrl+C it is cancelled, and the summary must still reach the console.
            await host.Out.FlushAsync(CancellationToken.None);
            await host.Error.FlushAsync(CancellationToken.None);
        }
    }

    /// <summary>No target failed, and each requested target succeeded, was up to date, or was skipped on purpose.</summary>
    private static bool Succeeded(ExecutionPlan plan, IReadOnlyList<TargetResult> results)
        => results.All(r => r.Status != TargetStatus.Failed)
           && results.Where(r => plan.Targets.Any(t => t.IsRequested && t.Name == r.Name)).All(r => r.Status != TargetStatus.NotRun);

    private static void RegisterSecrets(ParameterSet parameters, BuildHost host, SecretMasker masker)
    {
        var secrets = parameters.SecretValues.ToList();
        if (host.IsGitHubActions)
        {
            // Before the masker knows them, or the runner would be told to mask "****".
            foreach (var secret in secrets)
            {
                host.Out.WriteLine(GitHubActionsCommands.AddMask(secret));
            }

            host.Out.Flush();
        }

        masker.Add(secrets);
    }

    private static IBuildReporter Reporter(BuildHost host, Verbosity verbosity, SecretMasker masker)
    {
        var console = new ConsoleReporter(host.Out, host.Error, verbosity);
        return host.IsGitHubActions
            ? new GitHubActionsReporter(console, host.Out, host.Environment.GetValueOrDefault("GITHUB_STEP_SUMMARY"), masker)
            : console;
    }

    private static IBuildProgress Progress(BuildHost host) => host.IsInteractive
        ? new LiveProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(host.Out) }))
        : new PlainProgress(host.Out, host.Time);
}
