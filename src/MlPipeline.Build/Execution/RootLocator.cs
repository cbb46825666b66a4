namespace MlPipeline.Build.Execution;

/// <summary>Finds the repository root: <c>--root</c>, else the nearest folder at or above the working directory with <c>.nuke/</c>.</summary>
internal static class RootLocator
{
    public static AbsolutePath Locate(string? rootOption, AbsolutePath workingDirectory)
    {
        if (rootOption is not null)
        {
            var root = AbsolutePath.Resolve(rootOption, workingDirectory);
            return Directory.Exists(root)
                ? root
                : throw new BuildConfigurationException($"--root {rootOption}: the folder {root} does not exist.");
        }

        for (var folder = workingDirectory; folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(folder / ".nuke"))
            {
                return folder;
            }
        }

        throw new BuildConfigurationException(
            $"No repository root found: neither {workingDirectory} nor a folder above it has a .nuke/ folder. Run the build inside the repository, or pass --root <path>.");
    }
}
