using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"constant-column": a feature with one distinct value, which no tree can split on.</summary>
internal sealed class ConstantColumnCheck : IValidationCheck
{
    public const string Id = "constant-column";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        foreach (var column in context.Schema.Columns.Where(c => c.Role == ColumnRole.Feature))
        {
            if (context.StatisticsOf(column).Distinct != 1)
                continue;

            var data = context.Table[column.Name];
            var value = data.Format(Enumerable.Range(0, data.Length).First(row => !data.IsMissing(row)));
            yield return Findings.Warning(column.Name, Id,
                $"{context.Table.Source}: feature \"{column.Name}\" has the single value \"{value}\" in every row that has one; " +
                "it cannot help the model, so set its \"role\" to \"ignore\" or check the extract",
                context.StatisticsOf(column).Count, examples: [value]);
        }
    }
}
