using System.Runtime.CompilerServices;
using MlPipeline.Data.Csv.Reading;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Csv.Loading;

/// <summary>A categorical column whose schema lists the categories: their order fixes the codes, any other value is reported.</summary>
internal sealed class KnownCategoriesColumnBuilder : ColumnBuilder
{
    private readonly IReadOnlyList<string> _categories;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _codes;
    private readonly string _expected;
    private readonly Utf8Text _text = new();
    private readonly ColumnValues<int> _values = new();

    public KnownCategoriesColumnBuilder(string name, int columnNumber, IReadOnlyList<string> categories)
        : base(name, columnNumber)
    {
        _categories = categories;
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
            codes.TryAdd(categories[i], i);
        _codes = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        _expected = $"one of {string.Join(", ", categories)}";
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Add(ReadOnlySpan<byte> cell, int line, List<CellProblem> problems)
    {
        if (_codes.TryGetValue(_text.Decode(cell), out var code))
        {
            _values.Add(code);
            return;
        }

        problems.Add(Problem(CellProblemKind.UnknownCategory, line, cell, _expected));
        _values.Add(CategoricalColumn.Missing);
    }

    public override void AddMissing() => _values.Add(CategoricalColumn.Missing);

    public override DataColumn Build() => new CategoricalColumn(Name, _values.ToArray(), _categories);
}
