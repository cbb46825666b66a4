using MlPipeline.Build.Workflows;

namespace MlPipeline.Build.Tests.Workflows;

public static class Validation
{
    [Fact]
    public static void AnUnknownTargetIsAnErrorThatSuggestsTheClosestTarget()
    {
        var problem = SingleProblem(new("ci") { OnPushBranches = ["main"], InvokedTargets = ["Trian"] });

        Assert.Equal(WorkflowProblemCode.UnknownTarget, problem.Code);
        Assert.Equal(
            "Target 'Trian' in InvokedTargets does not exist. Did you mean 'Train'? "
            + "Available targets: Evaluate, PushImage, Report, Train, ValidateData.",
            problem.Message);
    }

    [Fact]
    public static void AWorkflowWithoutTargetsIsAnErrorThatListsTheTargets()
    {
        var problem = SingleProblem(new("ci") { OnPushBranches = ["main"] });

        Assert.Equal(WorkflowProblemCode.NoTargets, problem.Code);
        Assert.Contains("Available targets: Evaluate, PushImage, Report, Train, ValidateData.", problem.Message);
    }

    [Fact]
    public static void NamesMatchCaseAndDashInsensitivelyAndAreWrittenAsTheBuildSpellsThem()
    {
        var yaml = WorkflowGenerator.Generate(
            new("ci") { OnWorkflowDispatchInputs = ["num-boost-round"], InvokedTargets = ["validate-data", "TRAIN"] },
            SampleBuild.Context);

        Assert.Contains("./build.sh ValidateData Train \\\n", yaml);
        Assert.Contains("      num-boost-round:\n", yaml);
    }

    [Fact]
    public static void AnUnknownDispatchInputIsAnErrorThatSuggestsTheClosestParameter()
    {
        var problem = SingleProblem(Manual(inputs: ["NumBoostRounds"]));

        Assert.Equal(WorkflowProblemCode.UnknownParameter, problem.Code);
        Assert.Equal(
            "Parameter 'NumBoostRounds' in OnWorkflowDispatchInputs does not exist. Did you mean 'NumBoostRound'? "
            + "Available parameters: DatasetUrl, FailOnDrift, NumBoostRound, Objective.",
            problem.Message);
    }

    [Fact]
    public static void AnUnknownSecretIsAnErrorThatSuggestsTheClosestSecretParameter()
    {
        var problem = SingleProblem(Manual(secrets: ["RegistryPasword"]));

        Assert.Equal(WorkflowProblemCode.UnknownParameter, problem.Code);
        Assert.Equal(
            "Parameter 'RegistryPasword' in ImportSecrets does not exist. Did you mean 'RegistryPassword'? "
            + "Available [Secret] parameters: GitHubToken, RegistryPassword.",
            problem.Message);
    }

    [Fact]
    public static void ImportingAParameterThatIsNotASecretIsAnError()
    {
        var problem = SingleProblem(Manual(secrets: ["DatasetUrl"]));

        Assert.Equal(WorkflowProblemCode.NotASecret, problem.Code);
        Assert.Equal(
            "Parameter 'DatasetUrl' in ImportSecrets is not a [Secret], so the build would print its value. "
            + "Mark 'DatasetUrl' with [Secret], or pass it with OnWorkflowDispatchInputs or BuildArguments instead.",
            problem.Message);
    }

    [Fact]
    public static void ASecretAsADispatchInputIsAnError()
    {
        var problem = SingleProblem(Manual(inputs: ["RegistryPassword"]));

        Assert.Equal(WorkflowProblemCode.SecretAsDispatchInput, problem.Code);
        Assert.Contains("list it in ImportSecrets instead", problem.Message);
    }

    [Theory]
    [InlineData("0 3 * *", "Cron '0 3 * *' in OnCronSchedules has 4 field(s); it needs 5: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'.")]
    [InlineData("0 3 * * * *", "Cron '0 3 * * * *' in OnCronSchedules has 6 field(s); it needs 5: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'.")]
    [InlineData("0 24 * * *", "Cron '0 24 * * *' in OnCronSchedules field 2 (hour) has 24, outside 0-23.")]
    [InlineData("0 3 * * MON", "Cron '0 3 * * MON' in OnCronSchedules field 5 (day of week) 'MON' is not '*', a number, a range 'a-b', a list 'a,b' or a step '*/n'.")]
    public static void AMalformedCronIsAnError(string cron, string message)
    {
        var problem = SingleProblem(new("nightly") { OnCronSchedules = [cron], InvokedTargets = ["Train"] });

        Assert.Equal(WorkflowProblemCode.InvalidCron, problem.Code);
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("*/15 0-6,22,23 1 1-12/2 0")]
    [InlineData("59 23 31 12 6")]
    public static void WellFormedCronsAreAccepted(string cron) =>
        WorkflowGenerator.Generate(new("nightly") { OnCronSchedules = [cron], InvokedTargets = ["Train"] }, SampleBuild.Context);

    [Fact]
    public static void AWorkflowWithoutATriggerIsAnError()
    {
        var problem = SingleProblem(new("ci") { InvokedTargets = ["Train"] });

        Assert.Equal(WorkflowProblemCode.NoTrigger, problem.Code);
        Assert.Contains("Set at least one of OnPushBranches", problem.Message);
    }

    [Fact]
    public static void DuplicateWorkflowNamesAreAnErrorEvenInAnotherCase()
    {
        var exception = Assert.Throws<WorkflowDefinitionException>(() => WorkflowGenerator.GenerateAll(
            [Manual(), Manual("nightly"), Manual("CI")], SampleBuild.Context));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(WorkflowProblemCode.DuplicateName, problem.Code);
        Assert.StartsWith("2 [GitHubActions] declarations on the build class are named 'ci' and 'CI'", problem.Message);
    }

    [Theory]
    [InlineData("contents", "Permission 'contents' is not 'scope: level', e.g. 'contents: read'.")]
    [InlineData("content: read", "Permission 'content: read' has an unknown scope 'content'. Did you mean 'contents'?")]
    [InlineData("contents: admin", "Permission 'contents: admin' has level 'admin'; use read, write or none.")]
    public static void AMalformedPermissionIsAnError(string permission, string message)
    {
        var problem = SingleProblem(new("ci") { OnPushBranches = ["main"], InvokedTargets = ["Train"], Permissions = [permission] });

        Assert.Equal(WorkflowProblemCode.InvalidPermission, problem.Code);
        Assert.StartsWith(message, problem.Message);
    }

    [Fact]
    public static void CancelInProgressWithoutAConcurrencyGroupIsAnError()
    {
        var problem = SingleProblem(new("ci") { OnPushBranches = ["main"], InvokedTargets = ["Train"], CancelInProgress = true });

        Assert.Equal(WorkflowProblemCode.CancelWithoutConcurrencyGroup, problem.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nightly build")]
    [InlineData("../escape")]
    [InlineData("ci.yml")]
    public static void ANameThatCannotBeAFileNameIsAnError(string name)
    {
        var problem = SingleProblem(new(name) { OnPushBranches = ["main"], InvokedTargets = ["Train"] });

        Assert.Equal(WorkflowProblemCode.InvalidName, problem.Code);
    }

    [Fact]
    public static void EveryProblemOfADeclarationIsReportedAtOnce()
    {
        var exception = Assert.Throws<WorkflowDefinitionException>(() => WorkflowGenerator.Generate(
            new("ci") { InvokedTargets = ["Trian"], ImportSecrets = ["DatasetUrl"], TimeoutMinutes = 0 },
            SampleBuild.Context));

        Assert.Equal(
            [
                WorkflowProblemCode.NoTrigger, WorkflowProblemCode.InvalidTimeout, WorkflowProblemCode.UnknownTarget,
                WorkflowProblemCode.NotASecret,
            ],
            exception.Problems.Select(problem => problem.Code));
        Assert.StartsWith(
            $"[GitHubActions(\"ci\")] on the build class is invalid:{Environment.NewLine}  - The workflow has no trigger",
            exception.Message);
    }

    private static GitHubActionsAttribute Manual(string name = "ci", string[]? inputs = null, string[]? secrets = null) => new(name)
    {
        OnWorkflowDispatch = true,
        OnWorkflowDispatchInputs = inputs ?? [],
        ImportSecrets = secrets ?? [],
        InvokedTargets = ["Train"],
    };

    private static WorkflowProblem SingleProblem(GitHubActionsAttribute workflow)
    {
        var exception = Assert.Throws<WorkflowDefinitionException>(() => WorkflowGenerator.Generate(workflow, SampleBuild.Context));
        Assert.Equal(workflow.Name, exception.WorkflowName);
        return Assert.Single(exception.Problems);
    }
}
