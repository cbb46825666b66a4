namespace MlPipeline.Build.Workflows;

/// <summary>
/// Declares a GitHub Actions workflow that <c>./build.sh GenerateWorkflows</c> writes to
/// <c>.github/workflows/&lt;name&gt;.yml</c>. Put it on the build class, once per workflow.
/// </summary>
/// <param name="name">
/// The workflow's name and file name (letters, digits, '.', '-', '_'); unique within the build.
/// </param>
/// <remarks>
/// Generation throws <see cref="WorkflowDefinitionException"/> when the declaration names unknown targets or
/// parameters, imports a parameter that is not <c>[Secret]</c>, has a malformed cron or permission, or has no trigger.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GitHubActionsAttribute(string name) : Attribute
{
    /// <summary>The workflow's name, also its file name: <c>.github/workflows/&lt;Name&gt;.yml</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The runner label of the job. Default: <c>ubuntu-latest</c>.</summary>
    public string RunsOn { get; init; } = "ubuntu-latest";

    /// <summary>Branches (or glob patterns) whose pushes trigger the workflow. Default: none.</summary>
    public string[] OnPushBranches { get; init; } = [];

    /// <summary>
    /// With <see cref="OnPushBranches"/>: only pushes that change one of these paths (glob patterns, e.g.
    /// <c>"models/baseline.json"</c>) trigger the workflow. Default: none (every push).
    /// </summary>
    public string[] OnPushPaths { get; init; } = [];

    /// <summary>Base branches (or glob patterns) of the pull requests that trigger the workflow. Default: none.</summary>
    public string[] OnPullRequestBranches { get; init; } = [];

    /// <summary>Cron schedules in UTC with five fields, e.g. <c>"0 3 * * *"</c>. Default: none.</summary>
    public string[] OnCronSchedules { get; init; } = [];

    /// <summary>
    /// Parameter names as written in C# (e.g. <c>"NumBoostRound"</c>) that become manual-dispatch inputs and are
    /// passed on to <c>./build.sh</c> (e.g. <c>--num-boost-round</c>) when given a value. Implies manual dispatch.
    /// Default: none.
    /// </summary>
    public string[] OnWorkflowDispatchInputs { get; init; } = [];

    /// <summary>Allows starting the workflow by hand even without inputs. Default: <c>false</c>.</summary>
    public bool OnWorkflowDispatch { get; init; }

    /// <summary>The targets passed to <c>./build.sh</c>; at least one. Default: none.</summary>
    public string[] InvokedTargets { get; init; } = [];

    /// <summary>
    /// <c>[Secret]</c> parameter names whose repository secrets are passed as environment variables, e.g.
    /// <c>"RegistryPassword"</c> becomes <c>REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}</c>. Default: none.
    /// </summary>
    public string[] ImportSecrets { get; init; } = [];

    /// <summary>
    /// Environment variables of the build step as <c>"NAME=value"</c>; the value may be an expression, e.g.
    /// <c>"REGISTRY_USERNAME=${{ github.actor }}"</c>, for values that are neither a secret of the same name nor an
    /// input. Default: none.
    /// </summary>
    public string[] Environment { get; init; } = [];

    /// <summary>
    /// Token permissions as <c>"scope: level"</c>, e.g. <c>"contents: read"</c>, or a single <c>"read-all"</c> /
    /// <c>"write-all"</c>. Default: none (the repository's default token permissions apply).
    /// </summary>
    public string[] Permissions { get; init; } = [];

    /// <summary>
    /// The concurrency group, e.g. <c>"${{ github.workflow }}-${{ github.ref }}"</c>. Default: <c>null</c> (no limit).
    /// </summary>
    public string? ConcurrencyGroup { get; init; }

    /// <summary>Cancels a running workflow of the same <see cref="ConcurrencyGroup"/>. Default: <c>false</c>.</summary>
    public bool CancelInProgress { get; init; }

    /// <summary>Uploads the declared outputs of the invoked targets, even when the build fails. Default: <c>true</c>.</summary>
    public bool PublishArtifacts { get; init; } = true;

    /// <summary>The .NET SDK version for <c>actions/setup-dotnet</c>. Default: <c>10.0.x</c>.</summary>
    public string DotNetVersion { get; init; } = "10.0.x";

    /// <summary>The job's time limit in minutes; positive. Default: 60.</summary>
    public int TimeoutMinutes { get; init; } = 60;

    /// <summary>Extra arguments appended to <c>./build.sh</c>, e.g. <c>["--profile", "nightly"]</c>. Default: none.</summary>
    public string[] BuildArguments { get; init; } = [];

    /// <summary>
    /// Runs the job as this many parallel copies (a matrix over <c>worker</c> 1..N), for work whose copies share state
    /// outside the runner, such as a tuning study in a shared registry; 0 runs one job.
    /// </summary>
    public int MatrixWorkers { get; init; }

    /// <summary>With <see cref="MatrixWorkers"/>: a last job that waits for every copy, then runs these targets (forced) with the same arguments.</summary>
    public string[] GatherTargets { get; init; } = [];
}
