using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>The reference counts of a categorical or boolean column.</summary>
/// <param name="Categories">
/// The schema's categories in schema order (the column's own values when the schema lists none);
/// <c>false</c> and <c>true</c> for a boolean column.
/// </param>
/// <param name="Counts">Reference rows per category, aligned with <see cref="Categories"/>.</param>
/// <param name="Other">Reference rows whose value is none of <see cref="Categories"/>; the batch's unseen values land in the same bucket.</param>
public sealed record CategoricalProfile(
    string Name,
    ColumnType Type,
    long Count,
    long Missing,
    IReadOnlyList<string> Categories,
    IReadOnlyList<long> Counts,
    long Other) : ColumnProfile(Name, Type, Count, Missing)
{
    /// <summary>The counts per category followed by the "other" bucket: the vector every categorical test compares.</summary>
    internal long[] Buckets() => [.. Counts, Other];
}
