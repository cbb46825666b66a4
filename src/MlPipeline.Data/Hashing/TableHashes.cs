using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// A table's data version and its row hashes, taken in one pass over the rows: what validation computes once and then
/// hands to the splitter, the checks and the benchmark pin instead of each hashing the rows again.
/// </summary>
/// <param name="DataHash">As <see cref="DataHasher.Hash"/> gives it.</param>
/// <param name="RowHashes">As <see cref="RowHasher.Hash(DataTable, DatasetSchema)"/> gives them, one per row.</param>
public sealed record TableHashes(string DataHash, UInt128[] RowHashes)
{
    public static TableHashes Of(DataTable table, DatasetSchema schema)
    {
        var rows = new UInt128[table.RowCount];
        var dataHash = HashPass.Run(table, schema, AllRows(table), rows, withDataHash: true)!;
        return new TableHashes(dataHash, rows);
    }

    internal static int[] AllRows(DataTable table) => Enumerable.Range(0, table.RowCount).ToArray();
}
