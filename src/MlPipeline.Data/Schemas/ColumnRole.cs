namespace MlPipeline.Data.Schemas;

/// <summary>What a column is for in training.</summary>
public enum ColumnRole
{
    Feature,
    Label,
    Weight,
    Time,
    Id,
    Ignore,
}
