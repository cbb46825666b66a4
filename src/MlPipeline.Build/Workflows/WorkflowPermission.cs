namespace MlPipeline.Build.Workflows;

/// <summary>One token permission, e.g. <c>contents: read</c>.</summary>
internal sealed record WorkflowPermission(string Scope, string Level);
