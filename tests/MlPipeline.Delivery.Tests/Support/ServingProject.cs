namespace MlPipeline.Delivery.Tests.Support;

/// <summary>The service the tests package: the stand-in until src/MlPipeline.Serving exists (same contract, one line to swap).</summary>
internal static class ServingProject
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "tests", "MlPipeline.Delivery.Tests", "StandIn", "StandIn.csproj");

    /// <summary>A model bundle the stand-in reads: its predictions are <paramref name="scale"/> × the row's sum.</summary>
    public static string WriteBundle(string folder, double scale)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "scale.txt"), scale.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return folder;
    }
}
