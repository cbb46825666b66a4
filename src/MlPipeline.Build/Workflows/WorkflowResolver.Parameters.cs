namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowResolver
{
    private static WorkflowParameter[] ResolveDispatchInputs(
        GitHubActionsAttribute declaration, WorkflowContext context, List<WorkflowProblem> problems)
    {
        const string property = nameof(declaration.OnWorkflowDispatchInputs);
        var candidates = context.Parameters.Where(parameter => !parameter.IsSecret).ToArray();
        var inputs = new List<WorkflowParameter>();
        foreach (var name in declaration.OnWorkflowDispatchInputs)
        {
            var parameter = Find(name, context.Parameters);
            if (parameter is null)
            {
                problems.Add(UnknownParameter(name, property, candidates, "parameters"));
            }
            else if (parameter.IsSecret)
            {
                problems.Add(new(WorkflowProblemCode.SecretAsDispatchInput,
                    $"Parameter '{parameter.Name}' in {property} is a [Secret]; a dispatch input's value is visible "
                    + "to everyone who can read the run. Store it as a repository secret and list it in ImportSecrets instead."));
            }
            else
            {
                inputs.Add(parameter);
            }
        }

        return [.. inputs.Distinct()];
    }

    private static WorkflowParameter[] ResolveSecrets(
        GitHubActionsAttribute declaration, WorkflowContext context, List<WorkflowProblem> problems)
    {
        const string property = nameof(declaration.ImportSecrets);
        var candidates = context.Parameters.Where(parameter => parameter.IsSecret).ToArray();
        var secrets = new List<WorkflowParameter>();
        foreach (var name in declaration.ImportSecrets)
        {
            var parameter = Find(name, context.Parameters);
            if (parameter is null)
            {
                problems.Add(UnknownParameter(name, property, candidates, "[Secret] parameters"));
            }
            else if (!parameter.IsSecret)
            {
                // A repository secret fed into a parameter the build prints would leak into logs and artifacts.
                problems.Add(new(WorkflowProblemCode.NotASecret,
                    $"Parameter '{parameter.Name}' in {property} is not a [Secret], so the build would print its value. "
                    + $"Mark '{parameter.Name}' with [Secret], or pass it with OnWorkflowDispatchInputs or BuildArguments instead."));
            }
            else
            {
                secrets.Add(parameter);
            }
        }

        return [.. secrets.Distinct()];
    }

    private static WorkflowParameter? Find(string name, IReadOnlyList<WorkflowParameter> parameters) =>
        NameMatch.Find(name, parameters.Select(parameter => parameter.Name)) is { } found
            ? parameters.First(parameter => parameter.Name == found)
            : null;

    private static WorkflowProblem UnknownParameter(
        string name, string property, WorkflowParameter[] candidates, string kind) =>
        new(WorkflowProblemCode.UnknownParameter,
            $"Parameter '{name}' in {property} does not exist. "
            + NameMatch.Hint(name, [.. candidates.Select(parameter => parameter.Name)], kind));
}
