using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

public sealed class ParzenKernels
{
    // Expected values from python's math.erfc: log(Φ(b) - Φ(a)) and the truncated normal's log density.
    [Theory]
    [InlineData(-1, 1, -0.38171514630212616)]
    [InlineData(2, 3, -3.844353426334206)]
    [InlineData(-3, -2, -3.844353426334205)]
    public void TheLogMassOfAnIntervalMatchesTheNormalCdf(double a, double b, double expected)
    {
        Assert.Equal(expected, TruncatedNormal.LogMass(a, b), 12);
    }

    [Fact]
    public void ATruncatedDrawInvertsTheTruncatedCdf()
    {
        // Φ⁻¹ by bisection in python: the median of N(0, 1) on [0, 2], and the lower quartile of N(1, 2²) on [0, 4].
        Assert.Equal(0.6391119108712724, TruncatedNormal.Sample(0, 1, 0, 2, 0.5), 9);
        Assert.Equal(0.8228072962180342, TruncatedNormal.Sample(1, 2, 0, 4, 0.25), 9);
        Assert.Equal(0, TruncatedNormal.Sample(0, 1, 0, 2, 0), 12);
    }

    [Fact]
    public void EachKernelIsAsWideAsItsLargerGapClippedAndThePriorSpansTheRange()
    {
        // Sorted with the ends: 0, 0.2, 0.5, 0.9, 1. Kernel widths 0.3 (the outer ones look inwards only), 0.4, 0.4,
        // all above the clip of 1 / min(100, 3 + 2) = 0.2; the prior is N(0.5, 1). Densities at 0.7, from python.
        var kernels = NumericKernels.Fit(new UniformSpace("x", 0, 1), [0.2, 0.5, 0.9]);

        double[] expected = [-0.807706249676609, 0.10972088330807797, 0.4059657511657119, 0.02097780049094955];
        Assert.All(Enumerable.Range(0, 4), k => Assert.Equal(expected[k], kernels.LogDensity(k, 0.7), 12));
    }

    [Fact]
    public void AWholeNumbersDensityIsItsKernelsMassOverItsRoundingInterval()
    {
        // [2, 10] becomes [1.5, 10.5]; one trial at 4 gets width max(2.5, 6.5) = 6.5 (clip 9 / 3 = 3); the prior N(6, 9²).
        var kernels = NumericKernels.Fit(new IntegerSpace("depth", 2, 10), [4]);

        Assert.Equal(-2.0805855097089956, kernels.LogDensity(0, 4), 12);
        Assert.Equal(-2.2554249397467556, kernels.LogDensity(1, 10), 12);
    }

    [Fact]
    public void AChoicesKernelFavoursItsChoiceAndThePriorIsUniform()
    {
        // One trial chose "b": its kernel is (0.5, 1.5, 0.5) / 2.5, the prior weight 1 spread over 2 kernels.
        var kernels = CategoricalKernels.Fit(new CategoricalSpace("kind", ["a", "b", "c"]), [1], priorWeight: 1);

        Assert.Equal([0.2, 0.6, 0.2], Enumerable.Range(0, 3).Select(c => Math.Exp(kernels.LogDensity(0, c))), new RoundedTo12());
        Assert.Equal([1 / 3.0, 1 / 3.0, 1 / 3.0], Enumerable.Range(0, 3).Select(c => Math.Exp(kernels.LogDensity(1, c))), new RoundedTo12());
    }

    [Fact]
    public void TheNewest25TrialsWeighOneAndOlderOnesRampDown()
    {
        Assert.Equal(Enumerable.Repeat(1.0, 25), ParzenEstimator.TrialWeights(25));
        Assert.Equal(
            [1 / 30.0, 1 / 30.0 + 0.725 / 3, 1 / 30.0 + 1.45 / 3, 1 / 30.0 + 2.175 / 3, 1.0, .. Enumerable.Repeat(1.0, 25)],
            ParzenEstimator.TrialWeights(30),
            new RoundedTo12());
    }

    private sealed class RoundedTo12 : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Round(x, 12) == Math.Round(y, 12);

        public int GetHashCode(double value) => Math.Round(value, 12).GetHashCode();
    }
}
