using System.Globalization;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Validation.Checks;

/// <summary>"label-single-class" and "class-imbalance": whether a classification label has classes worth learning.</summary>
internal sealed class LabelClassesCheck : IValidationCheck
{
    public const string SingleClass = "label-single-class";
    public const string Imbalance = "class-imbalance";

    public IEnumerable<Finding> Run(ValidationContext context)
    {
        if (context.Schema.Task == TaskKind.Regression)
            yield break;

        var label = context.Schema.Label;
        var classes = Classes(context.Table[label.Name]);
        var labelled = classes.Sum(c => c.Rows.Count);
        if (labelled == 0)
            yield break;

        var present = classes.Where(c => c.Rows.Count > 0).ToArray();

        if (present.Length == 1)
        {
            yield return Findings.Error(label.Name, SingleClass,
                $"{context.Table.Source}: every labelled row has the class \"{present[0].Name}\" in \"{label.Name}\"; " +
                "a classifier needs at least two classes, so add rows of the others",
                labelled, examples: [present[0].Name]);
            yield break;
        }

        foreach (var (name, rows) in classes)
        {
            var share = (double)rows.Count / labelled;
            if (share >= context.Options.MinorityClassShare)
                continue;

            yield return Findings.Warning(label.Name, Imbalance, string.Create(CultureInfo.InvariantCulture,
                $"{context.Table.Source}: class \"{name}\" of \"{label.Name}\" has {rows.Count} of {labelled} labelled rows ({share:0.00%}), " +
                $"under {context.Options.MinorityClassShare:0.##%}; its metrics will be noisy, so add rows of it, weight it, or merge it with another class"),
                rows.Count, rows.Select(context.Line), [name]);
        }
    }

    /// <summary>Each class with its rows: a categorical label's classes in category order (unused ones too), any other by first appearance.</summary>
    private static (string Name, List<int> Rows)[] Classes(DataColumn label)
    {
        var classes = new Dictionary<string, List<int>>();
        if (label is CategoricalColumn categorical)
        {
            foreach (var category in categorical.Categories)
                classes[category] = [];
        }

        for (var row = 0; row < label.Length; row++)
        {
            if (label.IsMissing(row))
                continue;
            var name = label.Format(row);
            if (!classes.TryGetValue(name, out var rows))
                classes[name] = rows = [];
            rows.Add(row);
        }

        return classes.Select(c => (c.Key, c.Value)).ToArray();
    }
}
