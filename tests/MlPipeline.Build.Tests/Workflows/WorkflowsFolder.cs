namespace MlPipeline.Build.Tests.Workflows;

internal static class WorkflowsFolder
{
    extension(TemporaryDirectory directory)
    {
        /// <summary>Where the generated workflow files go inside the folder: .github/workflows.</summary>
        public string Workflows => Path.Combine(directory.Path, ".github", "workflows");
    }
}
