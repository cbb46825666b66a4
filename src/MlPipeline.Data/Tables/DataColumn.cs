namespace MlPipeline.Data.Tables;

/// <summary>One column of a loaded table. Subclasses hold the values in a typed array, one entry per row.</summary>
public abstract class DataColumn(string name)
{
    public string Name { get; } = name;

    public abstract int Length { get; }

    public abstract bool IsMissing(int row);

    /// <summary>The value as text the way it is reported in findings and normalised for hashing ("" when missing).</summary>
    public abstract string Format(int row);
}
