namespace MlPipeline.Build.Workflows;

/// <summary>The text of one workflow file and where it goes.</summary>
/// <param name="RelativePath">Relative to the repository root, with '/' separators: <c>.github/workflows/nightly.yml</c>.</param>
internal sealed record GeneratedWorkflow(string Name, string RelativePath, string Content);
