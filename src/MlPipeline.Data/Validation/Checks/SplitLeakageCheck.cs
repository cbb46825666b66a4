using System.Runtime.InteropServices;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"split-leakage": the same observation (row hash) in more than one of train, validation and benchmark.</summary>
internal sealed class SplitLeakageCheck : IValidationCheck
{
    public const string Id = "split-leakage";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        // Per observation, its first member and the first member in another split; one dictionary pass, no grouping.
        var first = new Dictionary<UInt128, (int Row, string Split, bool Leaked)>();
        var leaks = new List<(int Row, string Split)[]>();
        foreach (var member in Members(context))
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(first, context.RowHashes[member.Row], out var known);
            if (!known)
                seen = (member.Row, member.Split, false);
            else if (!seen.Leaked && seen.Split != member.Split)
            {
                seen.Leaked = true;
                leaks.Add([(seen.Row, seen.Split), member]);
            }
        }

        if (leaks.Count == 0)
            yield break;

        // A row has one hash, so no two observations share their second member's row: the order is total.
        leaks.Sort((a, b) => a[1].Row.CompareTo(b[1].Row));
        var examples = leaks.Select(pair => $"line {context.Line(pair[0].Row)} ({pair[0].Split}) = line {context.Line(pair[1].Row)} ({pair[1].Split})").ToArray();
        var observations = leaks.Count == 1 ? "1 observation is" : $"{leaks.Count} observations are";
        yield return Findings.Error(null, Id,
            $"{context.Table.Source}: {observations} in more than one split (first: {examples[0]}), so the model is scored on rows it has seen; " +
            "remove the duplicated rows from the data or re-pin the benchmark split",
            leaks.Count, leaks.Select(pair => context.Line(pair[1].Row)), examples);
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
