using System.Globalization;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>Turns what was observed in each column into a proposed schema; the rules are those of <see cref="SchemaInference.Infer"/>.</summary>
internal static class SchemaProposal
{
    private const int MinCategoryLimit = 20;
    private const double CategoryShareOfRows = 0.05;
    private const int MaxIntegerLabelClasses = 10;

    private static int CategoryLimit(int rowCount) => (int)Math.Max(MinCategoryLimit, CategoryShareOfRows * rowCount);

    /// <summary>
    /// The distinct values the decision needs for this column, with how many of them it needs at most; null when none.
    /// A label that is not a number is a class list, so all its values are kept.
    /// </summary>
    public static DistinctValues? DistinctValuesNeeded(ColumnObservations column, bool isLabel, int rowCount) =>
        column switch
        {
            { AllBoolean: true } or { IsCategoricalOrText: true } when isLabel => new DistinctValues(int.MaxValue),
            { AllInteger: true } when isLabel => new DistinctValues(MaxIntegerLabelClasses),
            { IsCategoricalOrText: true } => new DistinctValues(CategoryLimit(rowCount)),
            _ => null,
        };

    public static DatasetSchema Propose(string path, IReadOnlyList<ColumnObservations> columns, IReadOnlyList<DistinctValues?> distinct, string label)
    {
        var timeTaken = false;
        var proposed = new List<ColumnSchema>(columns.Count);
        var task = TaskKind.Regression;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name == label)
            {
                (var labelColumn, task) = Label(path, columns[i], distinct[i]);
                proposed.Add(labelColumn);
                continue;
            }

            var feature = Feature(columns[i], distinct[i]);
            if (feature.Type == ColumnType.DateTime && !timeTaken)
            {
                feature = feature with { Role = ColumnRole.Time };
                timeTaken = true;
            }

            proposed.Add(feature);
        }

        return new DatasetSchema(task, proposed);
    }

    private static ColumnSchema Feature(ColumnObservations column, DistinctValues? distinct)
    {
        var nullable = column.Missing > 0;
        if (column.Present == 0)
            return new ColumnSchema(column.Name, ColumnType.Text, ColumnRole.Ignore, nullable);
        if (column.AllBoolean)
            return new ColumnSchema(column.Name, ColumnType.Boolean, Nullable: nullable);
        if (column.AllInteger)
            return Ranged(column, ColumnType.Integer, nullable);
        if (column.AllNumeric)
            return Ranged(column, ColumnType.Numeric, nullable);
        if (column.AllDateTime)
            return new ColumnSchema(column.Name, ColumnType.DateTime, Nullable: nullable);

        var values = Collected(column, distinct);
        if (!values.Exceeded)
            return new ColumnSchema(column.Name, ColumnType.Categorical, Nullable: nullable, Categories: SortedOrdinally(values));

        var everyValueDistinct = column.Missing == 0 && !values.Repeats;
        return new ColumnSchema(column.Name, ColumnType.Text, everyValueDistinct ? ColumnRole.Id : ColumnRole.Ignore, nullable);
    }

    private static ColumnSchema Ranged(ColumnObservations column, ColumnType type, bool nullable)
    {
        var (min, max) = column.Range.Bounds(integers: type == ColumnType.Integer);
        return new ColumnSchema(column.Name, type, Nullable: nullable, Min: min, Max: max);
    }

    private static (ColumnSchema Column, TaskKind Task) Label(string path, ColumnObservations column, DistinctValues? distinct)
    {
        if (column.Present == 0)
            throw new ArgumentException($"The label column \"{column.Name}\" of {path} holds no values (every cell is a missing marker); choose a column to predict that has values.", "label");

        var feature = Feature(column, distinct);
        var nullable = column.Missing > 0;
        switch (feature.Type)
        {
            case ColumnType.DateTime:
                throw new ArgumentException(
                    $"The label column \"{column.Name}\" of {path} holds dates, which cannot be predicted; choose a numeric or categorical column as the label.", "label");
            case ColumnType.Integer when distinct is { Exceeded: false }:
                // Numeric order, so classes 0..k-1 get codes 0..k-1 and 10 does not sort between 1 and 2.
                var classes = distinct.Values.OrderBy(v => long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
                return (Categorical(column, nullable, classes), Classification(classes.Length));
            case ColumnType.Integer or ColumnType.Numeric:
                return (feature with { Role = ColumnRole.Label }, TaskKind.Regression);
            default:
                // Boolean words, categories, and text with more distinct values than a feature may have are all classes.
                var categories = SortedOrdinally(Collected(column, distinct));
                return (Categorical(column, nullable, categories), Classification(categories.Length));
        }
    }

    private static DistinctValues Collected(ColumnObservations column, DistinctValues? distinct) =>
        distinct ?? throw new InvalidOperationException($"The distinct values of column \"{column.Name}\" were not collected; {nameof(DistinctValuesNeeded)} must ask for them.");

    private static ColumnSchema Categorical(ColumnObservations column, bool nullable, string[] categories) =>
        new(column.Name, ColumnType.Categorical, ColumnRole.Label, nullable, Categories: categories);

    private static TaskKind Classification(int classes) => classes <= 2 ? TaskKind.Binary : TaskKind.Multiclass;

    private static string[] SortedOrdinally(DistinctValues values) => [.. values.Values.Order(StringComparer.Ordinal)];
}
