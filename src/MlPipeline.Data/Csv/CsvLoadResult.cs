using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv;

/// <summary>A CSV file read into columns, with every cell that did not fit its type (stored as missing in <see cref="Table"/>).</summary>
public sealed record CsvLoadResult(DataTable Table, IReadOnlyList<CellProblem> Problems);
