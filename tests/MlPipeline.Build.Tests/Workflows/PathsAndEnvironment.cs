using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

public static class PathsAndEnvironment
{
    private static readonly GitHubActionsAttribute Release = new("release")
    {
        OnPushBranches = ["main"],
        OnPushPaths = ["models/baseline.json"],
        InvokedTargets = ["PushImage"],
        ImportSecrets = ["GitHubToken"],
        Environment = ["REGISTRY_USERNAME=${{ github.actor }}", "IMAGE_REGISTRY=ghcr.io/${{ github.repository_owner }}"],
    };

    [Fact]
    public static void APushFilteredByPathsListsThemUnderThePushTrigger()
    {
        var yaml = WorkflowGenerator.Generate(Release, SampleBuild.Context);

        Assert.Contains("on:\n  push:\n    branches:\n      - main\n    paths:\n      - models/baseline.json\njobs:\n", yaml);
    }

    [Fact]
    public static void EnvironmentEntriesJoinTheImportedSecretsOnTheBuildStep()
    {
        var yaml = WorkflowGenerator.Generate(Release, SampleBuild.Context);

        Assert.Contains(
            "        env:\n"
            + "          GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}'\n"
            + "          REGISTRY_USERNAME: '${{ github.actor }}'\n"
            + "          IMAGE_REGISTRY: 'ghcr.io/${{ github.repository_owner }}'\n",
            yaml);
    }

    [Theory]
    [InlineData(new[] { "REGISTRY_USERNAME" }, "Environment entry 'REGISTRY_USERNAME' is not NAME=value")]
    [InlineData(new[] { "1X=a" }, "Environment entry '1X=a' is not NAME=value")]
    [InlineData(new[] { "GITHUB_TOKEN=x" }, "Environment entry 'GITHUB_TOKEN=x' sets GITHUB_TOKEN, which an imported secret or another entry already sets")]
    [InlineData(new[] { "A=1", "A=2" }, "Environment entry 'A=2' sets A, which an imported secret or another entry already sets")]
    public static void ABadEnvironmentEntryIsNamed(string[] environment, string message)
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() =>
            WorkflowGenerator.Generate(new("release") { OnWorkflowDispatch = true, InvokedTargets = ["Train"], ImportSecrets = ["GitHubToken"], Environment = environment }, SampleBuild.Context));

        Assert.Contains(message, Assert.Single(error.Problems).Message);
    }

    [Fact]
    public static void PathsWithoutPushBranchesAreAnError()
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() =>
            WorkflowGenerator.Generate(new("release") { OnWorkflowDispatch = true, OnPushPaths = ["models/**"], InvokedTargets = ["Train"] }, SampleBuild.Context));

        Assert.StartsWith("OnPushPaths filters pushes, but OnPushBranches is empty", Assert.Single(error.Problems).Message);
    }
}
