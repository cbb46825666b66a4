namespace MlPipeline.Build.Workflows;

/// <summary>One mistake in a workflow declaration: what is wrong, where, and how to fix it.</summary>
internal sealed record WorkflowProblem(WorkflowProblemCode Code, string Message);
