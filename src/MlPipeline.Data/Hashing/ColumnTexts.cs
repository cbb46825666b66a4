using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
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
    // Code 0 is the missing value's text; the distinct values follow from 1.
    private const int MissingCode = 0;

    private readonly int[] _codes;
    private readonly byte[] _texts;
    private readonly int[] _starts;

    private ColumnTexts(int[] codes, ByteText texts, int[] starts)
    {
        _codes = codes;
        _texts = texts.Written.ToArray();
        _starts = starts;
    }

    private static ColumnTexts OfStrings(byte[] prefix, int[] codes, IReadOnlyList<string> values)
    {
        var (texts, starts) = Begin(prefix, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            AppendValue(texts, prefix, values[i].Length, Encoding.UTF8.GetBytes(values[i]));
            starts[i + 2] = texts.Length;
        }

        return new ColumnTexts(codes, texts, starts);
    }

    /// <summary>
    /// As <see cref="OfStrings"/> of the numbers' <c>ToString("R")</c>, formatted straight to UTF-8 (the same digits; ASCII, so
    /// as many bytes as UTF-16 code units), without a string per number: a column of measurements has one per row.
    /// </summary>
    private static ColumnTexts OfNumbers(byte[] prefix, int[] codes, float[] values)
    {
        var (texts, starts) = Begin(prefix, values.Length);
        // A float's shortest round-trip text has at most 15 characters ("-1.17549435E-38"), so it always fits.
        Span<byte> value = stackalloc byte[32];
        for (var i = 0; i < values.Length; i++)
        {
            values[i].TryFormat(value, out var written, "R", CultureInfo.InvariantCulture);
            AppendValue(texts, prefix, written, value[..written]);
            starts[i + 2] = texts.Length;
        }

        return new ColumnTexts(codes, texts, starts);
    }

    /// <summary>The texts with the missing value's first, and room for the starts of <paramref name="count"/> values after it.</summary>
    private static (ByteText Texts, int[] Starts) Begin(byte[] prefix, int count)
    {
        var texts = new ByteText();
        texts.Append(prefix);
        texts.Append("?:;"u8);
        var starts = new int[count + 2];
        starts[1] = texts.Length;
        return (texts, starts);
    }

    private static void AppendValue(ByteText texts, byte[] prefix, int length, ReadOnlySpan<byte> value)
    {
        Span<byte> digits = stackalloc byte[11];
        length.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        texts.Append(prefix);
        texts.Append(digits[..written]);
        texts.Append(":"u8);
        texts.Append(value);
        texts.Append(";"u8);
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
        var prefix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{column.Name.Length}:{column.Name}"));
        switch (column)
        {
            case NumericColumn numeric:
                var (codes, distinct) = NumberCodes(numeric.Values, rows);
                return OfNumbers(prefix, codes, distinct);
            case CategoricalColumn categorical:
                return OfStrings(prefix, rows.Select(row => categorical.Codes[row] + 1).ToArray(), categorical.Categories);
            case DateTimeColumn dates:
                return Distinct(prefix, rows, row => dates.Ticks[row], ticks => ticks == DateTimeColumn.Missing
                    ? null
                    : new DateTime(ticks, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
            default:
                return Distinct(prefix, rows, row => (column.IsMissing(row), column.Format(row)), value => value.Item1 ? null : value.Item2);
        }
    }

    /// <summary>
    /// A code per row by the number's bits (0 and -0 are equal but written differently; every NaN is missing), and the
    /// distinct numbers in order of their codes. An open-addressing table over plain arrays, optimised from the first
    /// call: it runs once per column over every row, before tiered compilation would get to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] Codes, float[] Distinct) NumberCodes(float[] values, IReadOnlyList<int> rows)
    {
        var codes = new int[rows.Count];
        var distinct = new float[16];
        var count = 0;
        var keys = new uint[1024];
        var slots = new int[1024];
        for (var position = 0; position < codes.Length; position++)
        {
            var value = values[rows[position]];
            if (float.IsNaN(value))
            {
                codes[position] = MissingCode;
                continue;
            }

            var bits = BitConverter.SingleToUInt32Bits(value);
            var slot = Slot(bits, slots.Length);
            while (slots[slot] != 0 && keys[slot] != bits)
                slot = (slot + 1) & (slots.Length - 1);
            if (slots[slot] != 0)
            {
                codes[position] = slots[slot];
                continue;
            }

            if (count == distinct.Length)
                Array.Resize(ref distinct, count * 2);
            distinct[count++] = value;
            (keys[slot], slots[slot], codes[position]) = (bits, count, count);
            if (count * 2 > slots.Length)
                (keys, slots) = Grown(keys, slots);
        }

        return (codes, distinct[..count]);
    }

    // Fibonacci hashing: the top bits of the product, so numbers that differ only in low bits spread out.
    private static int Slot(uint bits, int size) => (int)((bits * 0x9E3779B9u) >> (32 - BitOperations.Log2((uint)size)));

    private static (uint[] Keys, int[] Slots) Grown(uint[] keys, int[] slots)
    {
        var (grownKeys, grownSlots) = (new uint[keys.Length * 2], new int[slots.Length * 2]);
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] == 0)
                continue;
            var slot = Slot(keys[i], grownSlots.Length);
            while (grownSlots[slot] != 0)
                slot = (slot + 1) & (grownSlots.Length - 1);
            (grownKeys[slot], grownSlots[slot]) = (keys[i], slots[i]);
        }

        return (grownKeys, grownSlots);
    }

    /// <param name="keyOf">What tells a row's value apart from the others.</param>
    /// <param name="format">The value of a key as text, <c>null</c> when the key means a missing value.</param>
    private static ColumnTexts Distinct<TKey>(byte[] prefix, IReadOnlyList<int> rows, Func<int, TKey> keyOf, Func<TKey, string?> format)
        where TKey : notnull
    {
        var codes = new int[rows.Count];
        var index = new Dictionary<TKey, int>();
        var values = new List<string>();
        for (var position = 0; position < codes.Length; position++)
        {
            var key = keyOf(rows[position]);
            ref var code = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out var known);
            if (!known)
            {
                var value = format(key);
                if (value is not null)
                    values.Add(value);
                code = value is null ? MissingCode : values.Count;
            }

            codes[position] = code;
        }

        return OfStrings(prefix, codes, values);
    }
}
