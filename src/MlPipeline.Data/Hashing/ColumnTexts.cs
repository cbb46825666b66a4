using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// One column's part of the chosen rows' canonical text, <c>{name length}:{name}{value length}:{value};</c> (<c>?:;</c>
/// for a missing value), as UTF-8. Each distinct value is formatted once: formatting a number costs far more than
/// looking it up, and columns repeat their values (categories, rounded measurements, dates). The texts lie back to
/// back in one array, so copying them stays in the cache.
/// </summary>
internal sealed class ColumnTexts
{
    private readonly int[] _codes;
    private readonly byte[] _texts;
    private readonly int[] _starts;

    private ColumnTexts(int[] codes, byte[] texts, int[] starts)
    {
        _codes = codes;
        _texts = texts;
        _starts = starts;
    }

    /// <summary>The text of the value at <paramref name="position"/> in the rows the texts were made for.</summary>
    public ReadOnlySpan<byte> this[int position]
    {
        get
        {
            var code = _codes[position];
            return _texts.AsSpan(_starts[code], _starts[code + 1] - _starts[code]);
        }
    }

    /// <param name="rows">Row indices into the column; positions refer to this list.</param>
    public static ColumnTexts Of(DataColumn column, IReadOnlyList<int> rows)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{column.Name.Length}:{column.Name}");
        return column switch
        {
            // The bits, not the value, tell numbers apart: 0 and -0 are equal but written differently.
            NumericColumn numeric => Distinct(prefix, rows, row => BitConverter.SingleToUInt32Bits(numeric.Values[row]),
                bits => float.IsNaN(BitConverter.UInt32BitsToSingle(bits)) ? null : BitConverter.UInt32BitsToSingle(bits).ToString("R", CultureInfo.InvariantCulture)),
            DateTimeColumn dates => Distinct(prefix, rows, row => dates.Ticks[row],
                ticks => ticks == DateTimeColumn.Missing ? null : new DateTime(ticks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture)),
            CategoricalColumn categorical => Distinct(prefix, rows, row => categorical.Codes[row],
                code => code == CategoricalColumn.Missing ? null : categorical.Categories[code]),
            _ => Distinct(prefix, rows, row => (column.IsMissing(row), column.Format(row)), value => value.Item1 ? null : value.Item2),
        };
    }

    /// <param name="keyOf">What tells a row's value apart from the others.</param>
    /// <param name="format">The value of a key as text, <c>null</c> when the key means a missing value.</param>
    private static ColumnTexts Distinct<TKey>(string prefix, IReadOnlyList<int> rows, Func<int, TKey> keyOf, Func<TKey, string?> format)
        where TKey : notnull
    {
        var codes = new int[rows.Count];
        var index = new Dictionary<TKey, int>();
        var texts = new List<byte>();
        var starts = new List<int> { 0 };
        for (var position = 0; position < codes.Length; position++)
        {
            var key = keyOf(rows[position]);
            ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var known);
            if (!known)
            {
                code = starts.Count - 1;
                var value = format(key);
                texts.AddRange(Encoding.UTF8.GetBytes(value is null ? $"{prefix}?:;" : string.Create(CultureInfo.InvariantCulture, $"{prefix}{value.Length}:{value};")));
                starts.Add(texts.Count);
            }

            codes[position] = code;
        }

        return new ColumnTexts(codes, texts.ToArray(), starts.ToArray());
    }
}
