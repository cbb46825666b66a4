namespace MlPipeline.Data.Validation.Checks;

/// <summary>"duplicate-rows": rows with the same content (same row hash) as an earlier row.</summary>
internal sealed class DuplicateRowsCheck : IValidationCheck
{
    public const string Id = "duplicate-rows";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        var firstRow = new Dictionary<UInt128, int>();
        var repeats = new List<(int Row, int Original)>();
        for (var row = 0; row < context.RowHashes.Length; row++)
        {
            if (!firstRow.TryAdd(context.RowHashes[row], row))
                repeats.Add((row, firstRow[context.RowHashes[row]]));
        }

        if (repeats.Count == 0)
            yield break;

        var (first, original) = repeats[0];
        var rows = repeats.Count == 1 ? "1 row repeats" : $"{repeats.Count} rows repeat";
        yield return Findings.Warning(null, Id,
            $"{context.Table.Source}:{context.Line(first)}: {rows} an earlier row (first: line {context.Line(first)} repeats line {context.Line(original)}); " +
            "they weigh twice in training, so drop them unless the repetition is real",
            repeats.Count,
            repeats.Select(r => context.Line(r.Row)),
            repeats.Select(r => $"line {context.Line(r.Row)} repeats line {context.Line(r.Original)}"));
    }
}
