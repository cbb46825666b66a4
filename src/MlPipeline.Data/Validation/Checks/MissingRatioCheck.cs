using System.Globalization;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"missing-ratio": columns with a larger share of missing values than the schema or the options allow.</summary>
internal sealed class MissingRatioCheck : IValidationCheck
{
    public const string Id = "missing-ratio";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        foreach (var column in context.Schema.Columns)
        {
            var statistics = context.StatisticsOf(column);
            var limit = column.MaxMissingRatio ?? context.Options.DefaultMaxMissingRatio;
            if (statistics.MissingRatio <= limit)
                continue;

            var data = context.Table[column.Name];
            var lines = Enumerable.Range(0, context.Table.RowCount).Where(data.IsMissing).Select(context.Line);
            yield return Findings.Error(column.Name, Id, string.Create(CultureInfo.InvariantCulture,
                $"{context.Table.Source}: column \"{column.Name}\" is {statistics.MissingRatio:0.0%} missing ({statistics.Missing} of {context.Table.RowCount} rows), " +
                $"above the limit of {limit:0.0%}; fill the gaps or set \"max_missing_ratio\" for this column in the schema"),
                statistics.Missing, lines);
        }
    }
}
