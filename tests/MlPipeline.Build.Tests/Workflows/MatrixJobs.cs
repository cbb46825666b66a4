using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

public static class MatrixJobs
{
    private static readonly GitHubActionsAttribute Fanned = Fan(3, ["Report"]);

    [Fact]
    public static void CopiesRunAsAMatrixAndTheGatheringJobWaitsForThemAndForcesItsTargets()
    {
        var yaml = WorkflowGenerator.Generate(Fanned, SampleBuild.Context);

        Assert.Contains("    strategy:\n      fail-fast: false\n      matrix:\n        worker:\n          - 1\n          - 2\n          - 3\n    steps:\n", yaml);
        Assert.Contains("          name: 'fan-artifacts-${{ matrix.worker }}'\n", yaml);
        Assert.Contains("        run: ./build.sh Train --study s\n", yaml);
        Assert.Contains("  gather:\n    needs: build\n    runs-on: ubuntu-latest\n", yaml);
        Assert.Contains("        run: ./build.sh Report --study s --force Report\n", yaml);
        Assert.Equal(1, yaml.Split("strategy:").Length - 1);
    }

    [Fact]
    public static void WithoutAMatrixThereIsOneJob()
    {
        var yaml = WorkflowGenerator.Generate(Fan(0, []), SampleBuild.Context);

        Assert.DoesNotContain("strategy:", yaml);
        Assert.DoesNotContain("gather:", yaml);
    }

    [Theory]
    [InlineData(-1, new[] { "Report" }, "MatrixWorkers = -1 must be between 0 (one job) and 256")]
    [InlineData(0, new[] { "Report" }, "GatherTargets gathers the copies of a matrix, but MatrixWorkers is 0")]
    [InlineData(2, new[] { "Reprot" }, "Target 'Reprot' in GatherTargets does not exist. Did you mean 'Report'?")]
    public static void ABadMatrixDeclarationIsNamed(int workers, string[] gather, string message)
    {
        var error = Assert.Throws<WorkflowDefinitionException>(() =>
            WorkflowGenerator.Generate(Fan(workers, gather), SampleBuild.Context));

        Assert.Contains(message, error.Message);
    }

    private static GitHubActionsAttribute Fan(int workers, string[] gather) => new("fan")
    {
        OnWorkflowDispatch = true,
        InvokedTargets = ["Train"],
        MatrixWorkers = workers,
        GatherTargets = gather,
        BuildArguments = ["--study", "s"],
    };
}
