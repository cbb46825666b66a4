using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Splits;

/// <summary>The stratum of each group for a stratified split: its class, or for regression its decile bin of the label.</summary>
internal static class Strata
{
    /// <returns>A stratum index per group, numbered from 0 by ascending class code, class value or bin.</returns>
    /// <exception cref="ArgumentException">The label column cannot be stratified for the task.</exception>
    public static int[] Of(IReadOnlyList<int[]> groups, DataColumn label, TaskKind task, string source)
    {
        var keys = (task, label) switch
        {
            (TaskKind.Regression, NumericColumn numeric) => DecileBins(groups, numeric),
            (TaskKind.Regression, _) => throw new ArgumentException(
                $"The label \"{label.Name}\" of {source} is not numeric, so a regression split cannot bin it; declare it numeric in the schema or set the task to binary or multiclass."),
            (_, CategoricalColumn categorical) => groups.Select(g => (double)categorical.Codes[g[0]]).ToArray(),
            (_, NumericColumn numeric) => groups.Select(g => (double)numeric.Values[g[0]]).ToArray(),
            _ => throw new ArgumentException(
                $"The label \"{label.Name}\" of {source} is neither categorical nor numeric, so its classes cannot be stratified; declare it categorical, boolean or integer in the schema, or choose the random split."),
        };
        var dense = keys.Distinct().Order().Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index);
        return keys.Select(key => dense[key]).ToArray();
    }

    private static double[] DecileBins(IReadOnlyList<int[]> groups, NumericColumn label)
    {
        // Every row counts towards the deciles, duplicates included, so the bins follow the rows actually split.
        var sorted = groups.SelectMany(g => g).Select(row => (double)label.Values[row]).Order().ToArray();
        if (sorted.Length == 0)
            return [];
        var edges = Quantiles.DecileEdges(sorted);
        return groups.Select(g => (double)Quantiles.Bin(edges, label.Values[g[0]])).ToArray();
    }
}
