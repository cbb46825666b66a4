namespace MlPipeline.Data.Schemas;

/// <summary>What a schema must satisfy beyond its JSON shape, checked all at once so the user fixes every problem in one edit.</summary>
internal static class SchemaRules
{
    private static readonly string[] DriftMethods = ["ks", "chi2", "psi", "wasserstein", "js"];

    public static void Check(DatasetSchema schema, string path)
    {
        var problems = new List<string>();
        if (schema.Columns.Count == 0)
        {
            problems.Add("\"columns\" is empty; list every column of the CSV");
        }

        problems.AddRange(schema.Columns.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => $"column \"{g.Key}\" is declared {g.Count()} times; keep one"));
        var labels = schema.Columns.Where(c => c.Role == ColumnRole.Label).ToArray();
        if (labels.Length != 1)
        {
            problems.Add(labels.Length == 0
                ? "no column has \"role\": \"label\"; set it on the column to predict"
                : $"{labels.Length} columns have \"role\": \"label\" ({string.Join(", ", labels.Select(l => l.Name))}); keep it on one");
        }
        else
        {
            problems.AddRange(LabelProblems(schema.Task, labels[0]));
        }

        foreach (var column in schema.Columns)
        {
            problems.AddRange(ColumnProblems(column));
        }

        if (problems.Count > 0)
        {
            throw new SchemaException($"{path} is not a usable schema: {string.Join("; ", problems)}.");
        }
    }

    private static IEnumerable<string> LabelProblems(TaskKind task, ColumnSchema label)
    {
        var fits = task == TaskKind.Regression
            ? label.Type is ColumnType.Numeric or ColumnType.Integer
            : label.Type is ColumnType.Categorical or ColumnType.Boolean or ColumnType.Integer;
        if (!fits)
        {
            yield return task == TaskKind.Regression
                ? $"the label \"{label.Name}\" is {Name(label.Type)} but a regression label must be numeric or integer"
                : $"the label \"{label.Name}\" is {Name(label.Type)} but a {Name(task)} label must be categorical, boolean or integer";
        }

        if (task == TaskKind.Binary && label.Categories is { Count: not 2 } categories)
        {
            yield return $"a binary label has 2 categories but \"{label.Name}\" lists {categories.Count}; use \"task\": \"multiclass\" or fix the list";
        }
    }

    private static IEnumerable<string> ColumnProblems(ColumnSchema column)
    {
        var where = $"column \"{column.Name}\"";
        if (column.Categories is not null && column.Type != ColumnType.Categorical)
        {
            yield return $"{where} lists categories but is {Name(column.Type)}; remove them or make it categorical";
        }

        if (column.Categories is { } categories && categories.Distinct().Count() != categories.Count)
        {
            yield return $"{where} lists a category twice; each category's position is its code, so list each once";
        }

        if (column.Min > column.Max)
        {
            yield return $"{where} has min {column.Min} above max {column.Max}";
        }

        if ((column.Min is not null || column.Max is not null) && column.Type is not (ColumnType.Numeric or ColumnType.Integer))
        {
            yield return $"{where} has min/max but is {Name(column.Type)}; ranges apply to numeric and integer columns";
        }

        if (column.MaxMissingRatio is < 0 or > 1)
        {
            yield return $"{where} has max_missing_ratio {column.MaxMissingRatio}; it is a share between 0 and 1";
        }

        if (column.Drift?.Method is { } method && !DriftMethods.Contains(method))
        {
            yield return $"{where} asks for drift method \"{method}\"; use one of {string.Join(", ", DriftMethods)}";
        }
    }

    private static string Name<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();
}
