using System.Text.RegularExpressions;

namespace MlPipeline.Build.Workflows;

/// <summary>Quotes arguments for the bash <c>run:</c> line, so a space or '$' in a build argument stays one argument.</summary>
internal static partial class ShellArgument
{
    public static string Quote(string argument) =>
        SafePattern().IsMatch(argument) ? argument : $"'{argument.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    [GeneratedRegex("^[A-Za-z0-9_./:=,+@%-]+$")]
    private static partial Regex SafePattern();
}
