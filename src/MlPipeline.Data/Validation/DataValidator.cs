using MlPipeline.Data.Csv;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Validation.Checks;

namespace MlPipeline.Data.Validation;

/// <summary>Runs every validation check over a loaded, split dataset and reports all findings at once.</summary>
public sealed class DataValidator
{
    private static readonly IValidationCheck[] Checks =
    [
        new CellProblemCheck(),
        new NotNullableCheck(),
        new MissingRatioCheck(),
        new OutOfRangeCheck(),
        new ConstantColumnCheck(),
        new LabelPresenceCheck(),
        new LabelClassesCheck(),
        new CorrelatedFeaturesCheck(),
        new DuplicateRowsCheck(),
        new SplitLeakageCheck(),
    ];

    private readonly ValidationOptions _options;

    /// <param name="options">The limits; <c>null</c> uses <see cref="ValidationOptions"/>' defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">A ratio or the threshold lies outside 0–1.</exception>
    public DataValidator(ValidationOptions? options = null)
    {
        _options = options ?? new ValidationOptions();
        RequireShare(_options.DefaultMaxMissingRatio, nameof(ValidationOptions.DefaultMaxMissingRatio));
        RequireShare(_options.CorrelationThreshold, nameof(ValidationOptions.CorrelationThreshold));
        RequireShare(_options.MinorityClassShare, nameof(ValidationOptions.MinorityClassShare));
    }

    /// <param name="problems">The cells the loader stored as missing because they did not fit their type.</param>
    /// <returns>Errors before warnings, then in schema column order (findings about whole rows last), otherwise in check order.</returns>
    /// <exception cref="InvalidOperationException">The schema has no single label column, or the table holds a column as another type than the schema's.</exception>
    /// <exception cref="KeyNotFoundException">The table lacks a column the schema names.</exception>
    /// <exception cref="ArgumentException">The split refers to rows the table does not have.</exception>
    public IReadOnlyList<Finding> Validate(DataTable table, DatasetSchema schema, IReadOnlyList<CellProblem> problems, DatasetSplit split)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(schema);
        return Validate(table, schema, problems, split, RowHasher.Hash(table, schema), ColumnStatisticsCalculator.Compute(table, schema));
    }

    /// <summary>As <see cref="Validate(DataTable, DatasetSchema, IReadOnlyList{CellProblem}, DatasetSplit)"/>, with the row hashes and statistics already taken.</summary>
    /// <param name="rowHashes">The table's <see cref="RowHasher"/> hashes, one per row.</param>
    /// <param name="statistics">The table's <see cref="ColumnStatisticsCalculator"/> statistics, one per schema column.</param>
    /// <exception cref="ArgumentException">There are not as many row hashes as rows or statistics as schema columns, or as for the other overload.</exception>
    public IReadOnlyList<Finding> Validate(
        DataTable table, DatasetSchema schema, IReadOnlyList<CellProblem> problems, DatasetSplit split, UInt128[] rowHashes, IReadOnlyList<ColumnStatistics> statistics)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(statistics);
        RowHasher.RequireOnePerRow(table, rowHashes);
        if (statistics.Count != schema.Columns.Count)
            throw new ArgumentException(
                $"{statistics.Count} column statistics were given for a schema of {schema.Columns.Count} columns; compute them with the same schema.", nameof(statistics));

        var context = new ValidationContext(table, schema, problems, split, _options, rowHashes, statistics);
        var order = schema.Columns.Select((column, index) => (column.Name, index)).ToDictionary(c => c.Name, c => c.index);
        return Checks.SelectMany(check => check.Run(context))
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.Column is { } column && order.TryGetValue(column, out var index) ? index : order.Count)
            .ToArray();
    }

    private static void RequireShare(double value, string name)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
            throw new ArgumentOutOfRangeException(name, value, $"ValidationOptions.{name} is {value}; it is a share, so give a value from 0 to 1.");
    }
}
