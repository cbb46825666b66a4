namespace MlPipeline.Data.Validation.Checks;

/// <summary>"split-leakage": the same observation (row hash) in more than one of train, validation and benchmark.</summary>
internal sealed class SplitLeakageCheck : IValidationCheck
{
    public const string Id = "split-leakage";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        var leaks = Members(context)
            .GroupBy(m => context.RowHashes[m.Row])
            .Select(observation => observation.DistinctBy(m => m.Split).Take(2).ToArray())
            .Where(pair => pair.Length == 2)
            .OrderBy(pair => pair[1].Row)
            .ToArray();
        if (leaks.Length == 0)
            yield break;

        var examples = leaks.Select(pair => $"line {context.Line(pair[0].Row)} ({pair[0].Split}) = line {context.Line(pair[1].Row)} ({pair[1].Split})").ToArray();
        var observations = leaks.Length == 1 ? "1 observation is" : $"{leaks.Length} observations are";
        yield return Findings.Error(null, Id,
            $"{context.Table.Source}: {observations} in more than one split (first: {examples[0]}), so the model is scored on rows it has seen; " +
            "remove the duplicated rows from the data or re-pin the benchmark split",
            leaks.Length, leaks.Select(pair => context.Line(pair[1].Row)), examples);
    }

    private static IEnumerable<(int Row, string Split)> Members(ValidationContext context)
    {
        var splits = new[] { ("train", context.Split.Train), ("validation", context.Split.Validation), ("benchmark", context.Split.Benchmark) };
        foreach (var (name, rows) in splits)
        {
            foreach (var row in rows)
            {
                if ((uint)row >= (uint)context.Table.RowCount)
                    throw new ArgumentException(
                        $"The {name} split holds row index {row}, but {context.Table.Source} has {context.Table.RowCount} rows; " +
                        "the split was made for another table (re-run the split on this data).", nameof(context));
                yield return (row, name);
            }
        }
    }
}
