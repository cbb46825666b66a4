using System.Runtime.CompilerServices;
namespace MlPipeline.Data.Csv.Reading;

/// <summary>
/// The fast path for the numbers most data sets hold: a sign, digits and a decimal point, no exponent. When the digits
/// fit a float exactly (≤ 2^24) and there are at most 10 decimals (10^10 is an exact float too), one IEEE division
/// gives the correctly rounded result, the same float as <see cref="float.Parse(string)"/>, several times faster; and
/// number parsing is most of a CSV load.
/// </summary>
internal static class ShortDecimal
{
    private const int MaxDigits = 19;
    private const int MaxDecimals = 10;
    private const ulong MaxExactMantissa = 1 << 24;

    private static readonly float[] PowersOfTen = [1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f];

    /// <summary>False for anything outside the fast path (exponents, long mantissas, spaces, junk); the caller then falls back to the full parser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> text, out float value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var integerStart = i;
        uint digit;
        while (i < text.Length && (digit = (uint)(text[i] - '0')) <= 9)
        {
            mantissa = mantissa * 10 + digit;
            i++;
        }

        var digits = i - integerStart;
        var decimals = 0;
        if (i < text.Length && text[i] == (byte)'.')
        {
            var fractionStart = ++i;
            while (i < text.Length && (digit = (uint)(text[i] - '0')) <= 9)
            {
                mantissa = mantissa * 10 + digit;
                i++;
            }

            decimals = i - fractionStart;
            digits += decimals;
        }

        // Up to 19 digits the mantissa cannot have overflowed, so the range check below is sound.
        if (i != text.Length || digits == 0 || digits > MaxDigits || mantissa > MaxExactMantissa || decimals > MaxDecimals)
            return false;

        var magnitude = (float)mantissa / PowersOfTen[decimals];
        value = negative ? -magnitude : magnitude;
        return true;
    }
}
