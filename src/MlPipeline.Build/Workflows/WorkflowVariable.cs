namespace MlPipeline.Build.Workflows;

/// <summary>An environment variable of the build step, from a declaration's <c>Environment</c> entry.</summary>
internal sealed record WorkflowVariable(string Name, string Value);
