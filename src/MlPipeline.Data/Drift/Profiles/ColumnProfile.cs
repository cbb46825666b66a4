using System.Text.Json.Serialization;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>What the reference dataset looked like in one column: enough to run every drift test without the data.</summary>
/// <param name="Name">The column's header text.</param>
/// <param name="Type">The schema type the statistics were taken for.</param>
/// <param name="Count">Rows with a value.</param>
/// <param name="Missing">Rows without a value; no drift test looks at them (the missing ratio is validation's check).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(NumericProfile), "numeric")]
[JsonDerivedType(typeof(CategoricalProfile), "categorical")]
public abstract record ColumnProfile(string Name, ColumnType Type, long Count, long Missing);
