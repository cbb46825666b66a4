namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowResolver
{
    // The scopes GitHub accepts in `permissions:`; a misspelt scope would otherwise fail only when the workflow runs.
    private static readonly string[] PermissionScopes =
    [
        "actions", "attestations", "checks", "contents", "deployments", "discussions", "id-token", "issues",
        "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses",
    ];

    private static readonly string[] PermissionLevels = ["read", "write", "none"];

    private static WorkflowPermission[] ResolvePermissions(
        GitHubActionsAttribute declaration, List<WorkflowProblem> problems)
    {
        var permissions = new List<WorkflowPermission>();
        foreach (var entry in declaration.Permissions)
        {
            var parts = entry.Split(':', StringSplitOptions.TrimEntries);
            var problem = parts switch
            {
                [_, _] when !PermissionScopes.Contains(parts[0]) =>
                    $"Permission '{entry}' has an unknown scope '{parts[0]}'. {NameMatch.Hint(parts[0], PermissionScopes, "scopes")}",
                [_, _] when !PermissionLevels.Contains(parts[1]) =>
                    $"Permission '{entry}' has level '{parts[1]}'; use read, write or none.",
                [_, _] when permissions.Any(permission => permission.Scope == parts[0]) =>
                    $"Permission scope '{parts[0]}' is listed twice. Keep one entry.",
                [_, _] => null,
                _ => $"Permission '{entry}' is not 'scope: level', e.g. 'contents: read'.",
            };
            if (problem is null)
            {
                permissions.Add(new(parts[0], parts[1]));
            }
            else
            {
                problems.Add(new(WorkflowProblemCode.InvalidPermission, problem));
            }
        }

        return [.. permissions];
    }
}
