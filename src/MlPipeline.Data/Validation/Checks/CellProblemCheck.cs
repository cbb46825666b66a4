using System.Globalization;
using MlPipeline.Data.Csv;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"type-parse" and "unknown-category": the cells the loader could not store, one finding per column and kind.</summary>
internal sealed class CellProblemCheck : IValidationCheck
{
    public const string TypeParse = "type-parse";
    public const string UnknownCategory = "unknown-category";

    // Enough to see the pattern (a typo, a new category) without drowning the message.
    private const int MaxListedValues = 10;

    public IEnumerable<Finding> Run(ValidationContext context) =>
        context.Problems
            .GroupBy(p => (p.Column, p.Kind))
            .Select(cells => cells.OrderBy(p => p.Line).ThenBy(p => p.ColumnNumber).ToArray())
            .Select(cells => Report(context, cells));

    private static Finding Report(ValidationContext context, CellProblem[] cells)
    {
        var first = cells[0];
        var location = string.Create(CultureInfo.InvariantCulture, $"{context.Table.Source}:{first.Line}:{first.ColumnNumber}");
        var where = cells.Length == 1
            ? "1 cell in this column"
            : string.Create(CultureInfo.InvariantCulture, $"{cells.Length} cells in this column; first at line {first.Line}");
        var lines = cells.Select(p => p.Line);
        var values = cells.Select(p => p.RawValue);
        if (first.Kind == CellProblemKind.Unparsable)
        {
            return Findings.Error(first.Column, TypeParse,
                $"{location}: \"{first.RawValue}\" in column \"{first.Column}\" is not {first.Expected} ({where})",
                cells.Length, lines, values);
        }

        var unknown = values.Distinct().ToArray();
        var listed = string.Join(", ", unknown.Take(MaxListedValues).Select(v => $"\"{v}\""))
            + (unknown.Length > MaxListedValues ? $" and {unknown.Length - MaxListedValues} more" : "");
        return Findings.Error(first.Column, UnknownCategory,
            $"{location}: \"{first.RawValue}\" in column \"{first.Column}\" is not {first.Expected} ({where}; unknown values: {listed}); " +
            "add them to the column's \"categories\" in the schema or correct the data",
            cells.Length, lines, unknown);
    }
}
