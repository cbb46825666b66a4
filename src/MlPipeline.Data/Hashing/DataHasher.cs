using System.Globalization;
using System.Text;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// The data version: SHA-256 over the schema's meaning (task, and per column its name, type, role and categories) and
/// every row's canonical text in file order. Column order, line endings, BOM and quoting do not change it; a changed
/// value, an added row or a reordered category list does.
/// </summary>
public static class DataHasher
{
    /// <returns><c>sha256:</c> followed by 64 lowercase hex digits.</returns>
    public static string Hash(DataTable table, DatasetSchema schema) =>
        HashPass.Run(table, schema, TableHashes.AllRows(table), rowHashes: null, withDataHash: true)!;

    internal static string SchemaText(DatasetSchema schema)
    {
        var text = new StringBuilder("task=").Append(schema.Task).Append('\n');
        foreach (var column in schema.Columns.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            text.Append(column.Name.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(column.Name)
                .Append(' ').Append(column.Type).Append(' ').Append(column.Role);
            foreach (var category in column.Categories ?? [])
            {
                text.Append(' ').Append(category.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(category);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
