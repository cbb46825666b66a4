using System.Globalization;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>Turns what was observed in each column into a proposed schema; the rules are those of <see cref="SchemaInference.Infer"/>.</summary>
internal static class SchemaProposal
{
    private const int MinCategoryLimit = 20;
    private const double CategoryShareOfRows = 0.05;
    private const int MaxIntegerLabelClasses = 10;

    public static DatasetSchema Propose(string path, IReadOnlyList<ColumnObservations> columns, string label, int rowCount)
    {
        var timeTaken = false;
        var proposed = new List<ColumnSchema>(columns.Count);
        var task = TaskKind.Regression;
        foreach (var column in columns)
        {
            if (column.Name == label)
            {
                (var labelColumn, task) = Label(path, column, rowCount);
                proposed.Add(labelColumn);
                continue;
            }

            var feature = Feature(column, rowCount);
            if (feature.Type == ColumnType.DateTime && !timeTaken)
            {
                feature = feature with { Role = ColumnRole.Time };
                timeTaken = true;
            }

            proposed.Add(feature);
        }

        return new DatasetSchema(task, proposed);
    }

    private static ColumnSchema Feature(ColumnObservations column, int rowCount)
    {
        var nullable = column.Missing > 0;
        if (column.Present == 0)
            return new ColumnSchema(column.Name, ColumnType.Text, ColumnRole.Ignore, nullable);
        if (column.AllBoolean)
            return new ColumnSchema(column.Name, ColumnType.Boolean, Nullable: nullable);
        if (column.AllInteger)
            return new ColumnSchema(column.Name, ColumnType.Integer, Nullable: nullable, Min: column.Min, Max: column.Max);
        if (column.AllNumeric)
            return new ColumnSchema(column.Name, ColumnType.Numeric, Nullable: nullable, Min: column.Min, Max: column.Max);
        if (column.AllDateTime)
            return new ColumnSchema(column.Name, ColumnType.DateTime, Nullable: nullable);
        if (column.Distinct.Count <= Math.Max(MinCategoryLimit, CategoryShareOfRows * rowCount))
            return new ColumnSchema(column.Name, ColumnType.Categorical, Nullable: nullable, Categories: SortedOrdinally(column));

        var everyValueDistinct = column.Missing == 0 && column.Distinct.Count == column.Present;
        return new ColumnSchema(column.Name, ColumnType.Text, everyValueDistinct ? ColumnRole.Id : ColumnRole.Ignore, nullable);
    }

    private static (ColumnSchema Column, TaskKind Task) Label(string path, ColumnObservations column, int rowCount)
    {
        if (column.Present == 0)
            throw new ArgumentException($"The label column \"{column.Name}\" of {path} holds no values (every cell is a missing marker); choose a column to predict that has values.", "label");

        var feature = Feature(column, rowCount);
        var nullable = column.Missing > 0;
        switch (feature.Type)
        {
            case ColumnType.DateTime:
                throw new ArgumentException(
                    $"The label column \"{column.Name}\" of {path} holds dates, which cannot be predicted; choose a numeric or categorical column as the label.", "label");
            case ColumnType.Integer when column.Distinct.Count <= MaxIntegerLabelClasses:
                // Numeric order, so classes 0..k-1 get codes 0..k-1 and 10 does not sort between 1 and 2.
                var classes = column.Distinct.OrderBy(v => long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
                return (Categorical(column, nullable, classes), Classification(classes.Length));
            case ColumnType.Integer or ColumnType.Numeric:
                return (feature with { Role = ColumnRole.Label }, TaskKind.Regression);
            default:
                // Boolean words, categories, and text with more distinct values than a feature would get are all classes.
                var categories = SortedOrdinally(column);
                return (Categorical(column, nullable, categories), Classification(categories.Length));
        }
    }

    private static ColumnSchema Categorical(ColumnObservations column, bool nullable, string[] categories) =>
        new(column.Name, ColumnType.Categorical, ColumnRole.Label, nullable, Categories: categories);

    private static TaskKind Classification(int classes) => classes <= 2 ? TaskKind.Binary : TaskKind.Multiclass;

    private static string[] SortedOrdinally(ColumnObservations column) => [.. column.Distinct.Order(StringComparer.Ordinal)];
}
