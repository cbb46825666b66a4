using System.Globalization;
using System.Text;
using MlPipeline.Data.Csv.Reading;

namespace MlPipeline.Data.Tests.Csv;

/// <summary>The fast number path must give bit for bit the float that float.Parse gives, or decline.</summary>
public sealed class ShortDecimals
{
    [Fact]
    public void RandomShortDecimalsParseToTheSameFloatAsFloatParse()
    {
        var random = new Random(20261201);
        var taken = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var digits = random.NextInt64(0, 1 << 25).ToString(CultureInfo.InvariantCulture);
            var point = random.Next(0, digits.Length + 1);
            var text = (random.Next(3) switch { 0 => "-", 1 => "+", _ => "" }) + digits[..point] + "." + digits[point..];
            if (!ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var fast))
                continue;

            taken++;
            Assert.True(BitConverter.SingleToInt32Bits(float.Parse(text, CultureInfo.InvariantCulture)) == BitConverter.SingleToInt32Bits(fast), text);
        }

        // Mantissas above 2^24 (half of the draws) and more than 10 decimals decline; the rest take the fast path.
        Assert.InRange(taken, 90_000, 110_000);
    }

    [Theory]
    [InlineData("16777216", 16777216f)]
    [InlineData("0.0000000001", 1e-10f)]
    [InlineData("-0", -0f)]
    [InlineData("5.", 5f)]
    [InlineData(".5", 0.5f)]
    [InlineData("0.1", 0.1f)]
    [InlineData("1677721.6", 1677721.6f)]
    [InlineData("000000000000.25", 0.25f)]
    public void BoundaryCasesTakeTheFastPath(string text, float expected)
    {
        Assert.True(ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(value));
    }

    [Theory]
    [InlineData("16777217")]
    [InlineData("0.00000000001")]
    [InlineData("12345678901234567890")]
    [InlineData("1234567890")]
    [InlineData("8388609.5")]
    [InlineData("1e3")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("--1")]
    public void AnythingElseIsLeftToTheFullParser(string text) =>
        Assert.False(ShortDecimal.TryParse(Encoding.ASCII.GetBytes(text), out _));
}
