namespace MlPipeline.Data.Csv;

/// <summary>A cell whose text does not fit its column's declared type; the loader stores it as missing and carries on, so validation can report every such cell at once.</summary>
/// <param name="Line">1-based line of the file where the cell starts.</param>
/// <param name="ColumnNumber">1-based position of the cell in its row.</param>
/// <param name="RawValue">The cell's text as it appears in the file (unquoted).</param>
/// <param name="Expected">What the column accepts, for the message: "a number", "one of drizzle, fog, rain", …</param>
public sealed record CellProblem(CellProblemKind Kind, string Column, int Line, int ColumnNumber, string RawValue, string Expected);
