using MlPipeline.Build;

namespace MlPipeline.Testing;

/// <summary>The checkout the tests run from.</summary>
public static class Repository
{
    public static AbsolutePath Root { get; } = Find();

    private static AbsolutePath Find()
    {
        for (var folder = AbsolutePath.Create(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(folder / "MlPipeline.sln"))
            {
                return folder;
            }
        }

        throw new InvalidOperationException($"No MlPipeline.sln above {AppContext.BaseDirectory}.");
    }
}
