namespace MlPipeline.Data.Csv;

public enum CellProblemKind
{
    /// <summary>The text does not parse as the column's type (a number, an integer, a boolean, a date).</summary>
    Unparsable,
    /// <summary>A categorical value that the schema's category list does not hold.</summary>
    UnknownCategory,
}
