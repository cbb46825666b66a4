namespace MlPipeline.Serving;

/// <summary>The few options the service reads itself; everything else on the command line is ASP.NET Core's.</summary>
internal static class Arguments
{
    /// <summary>The value after <paramref name="option"/> (e.g. <c>--model-dir DIR</c>), or null when it is not given.</summary>
    public static string? Value(IReadOnlyList<string> args, string option)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == option)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
