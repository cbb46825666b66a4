using System.Runtime.CompilerServices;
using MlPipeline.Data.Csv.Reading;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

/// <summary>A categorical column without a category list: the categories are the distinct values, sorted ordinally.</summary>
internal sealed class DiscoveredCategoriesColumnBuilder : ColumnBuilder
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Utf8Text _text = new();
    private readonly ColumnValues<int> _values = new();

    public DiscoveredCategoriesColumnBuilder(string name, int columnNumber)
        : base(name, columnNumber) => _lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems)
    {
        var text = _text.Decode(cell);
        if (!_lookup.TryGetValue(text, out var code))
        {
            code = _codes.Count;
            _lookup[text] = code;
        }

        _values.Add(code);
    }

    public override void AddMissing() => _values.Add(CategoricalColumn.Missing);

    /// <summary>Codes are handed out in order of appearance while reading, then renumbered into sorted order.</summary>
    public override DataColumn Build()
    {
        var categories = _codes.Keys.Order(StringComparer.Ordinal).ToArray();
        var sortedCode = new int[categories.Length];
        for (var i = 0; i < categories.Length; i++)
            sortedCode[_codes[categories[i]]] = i;

        var codes = _values.ToArray();
        for (var row = 0; row < codes.Length; row++)
        {
            if (codes[row] != CategoricalColumn.Missing)
                codes[row] = sortedCode[codes[row]];
        }

        return new CategoricalColumn(Name, codes, categories);
    }
}
