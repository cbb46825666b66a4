using System.Runtime.CompilerServices;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// A row as canonical text: the chosen columns sorted by name, each as <c>{name length}:{name}{value length}:{value};</c>
/// (<c>?</c> for the value length when missing), so no value can fake a separator. Independent of the file's column
/// order, line endings, BOM and quoting, because it is built from the parsed values. Values are written as
/// <see cref="DataColumn.Format"/> writes them, lengths count UTF-16 code units, the text is UTF-8.
/// </summary>
/// <remarks>Written straight to bytes, without a string per row or value: every row goes through here on each validation.</remarks>
internal sealed class RowText
{
    private readonly ColumnTexts[] _values;

    /// <param name="rows">The rows to write (indices into the table); <see cref="Write"/> takes a position in this list.</param>
    public RowText(DataTable table, IEnumerable<string> columnNames, IReadOnlyList<int> rows)
    {
        var columns = columnNames.Order(StringComparer.Ordinal).Select(name => table[name]).ToArray();
        _values = new ColumnTexts[columns.Length];
        Parallel.For(0, columns.Length, i => _values[i] = ColumnTexts.Of(columns[i], rows));
    }

    // Optimised from the first call (with the appends inlined): it runs for every row, before tiered compilation would get to it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(int position, ByteText text)
    {
        foreach (var values in _values)
            text.Append(values[position]);
    }
}
