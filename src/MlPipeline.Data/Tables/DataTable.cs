namespace MlPipeline.Data.Tables;

/// <summary>A dataset loaded column by column.</summary>
/// <param name="Source">The file it was read from, for messages.</param>
/// <param name="Columns">In file order.</param>
/// <param name="LineNumbers">For each row, the 1-based line of the file where the row starts (a quoted field may span lines).</param>
public sealed record DataTable(string Source, IReadOnlyList<DataColumn> Columns, int[] LineNumbers)
{
    public int RowCount => LineNumbers.Length;

    /// <exception cref="KeyNotFoundException">No column has that name; the message lists the columns there are.</exception>
    public DataColumn this[string name] =>
        Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException(
            $"{Source} has no column \"{name}\"; its columns are: {string.Join(", ", Columns.Select(c => c.Name))}.");

    public DataColumn? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
