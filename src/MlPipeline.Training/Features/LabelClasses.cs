using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Training.Features;

/// <summary>The classes of a classification label, in code order: class i is the model's output i.</summary>
public static class LabelClasses
{
    /// <summary>A categorical label's classes are the schema's categories; a numeric one's are its distinct values, ascending.</summary>
    /// <exception cref="ArgumentException">A regression task has no classes.</exception>
    public static IReadOnlyList<string> Of(DataTable table, DatasetSchema schema)
    {
        if (schema.Task == TaskKind.Regression)
        {
            throw new ArgumentException("A regression label has no classes.", nameof(schema));
        }

        return table[schema.Label.Name] switch
        {
            CategoricalColumn categorical => schema.Label.Categories ?? categorical.Categories,
            NumericColumn numeric => numeric.Values.Where(v => !float.IsNaN(v)).Distinct().Order()
                .Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            var other => throw new ArgumentException(
                $"The label column \"{other.Name}\" is {schema.Label.Type.ToString().ToLowerInvariant()}; a classification label must be categorical, boolean or integer. Change its type in the schema."),
        };
    }
}
