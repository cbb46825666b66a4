using System.Globalization;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"label-missing" and "row-count": whether enough rows carry a label to train and judge a model.</summary>
internal sealed class LabelPresenceCheck : IValidationCheck
{
    public const string LabelMissing = "label-missing";
    public const string RowCount = "row-count";

    // Below this, a benchmark split holds a dozen rows and every metric's confidence interval spans most of its range.
    private const int FewRows = 50;

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        var label = context.Schema.Label;
        var data = context.Table[label.Name];
        var missing = Enumerable.Range(0, context.Table.RowCount).Where(data.IsMissing).ToArray();
        var labelled = context.Table.RowCount - missing.Length;
        var source = context.Table.Source;

        if (missing.Length > 0 && labelled == 0)
        {
            yield return Findings.Error(label.Name, LabelMissing,
                $"{source}: the label column \"{label.Name}\" has no value in any of the {context.Table.RowCount} rows; " +
                "check that the schema marks the right column as \"label\"",
                missing.Length, missing.Select(context.Line));
        }
        else if (missing.Length > 0)
        {
            var rows = missing.Length == 1 ? "1 row has" : $"{missing.Length} rows have";
            yield return Findings.Warning(label.Name, LabelMissing,
                $"{context.Location(missing[0], label)}: {rows} no value in the label column \"{label.Name}\" (first at line {context.Line(missing[0])}); " +
                "those rows are left out of training and evaluation",
                missing.Length, missing.Select(context.Line));
        }

        if (labelled == 0)
        {
            yield return Findings.Error(null, RowCount,
                $"{source}: no row has a label, so there is nothing to train on; add labelled rows", 0);
        }
        else if (labelled < FewRows)
        {
            yield return Findings.Warning(null, RowCount, string.Create(CultureInfo.InvariantCulture,
                $"{source}: only {labelled} rows have a label; with fewer than {FewRows} the splits are too small for metrics to mean much"),
                labelled);
        }
    }
}
