using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>
/// A truncated normal kernel at each observed value (in log space for log ranges), plus the prior's: centred on the
/// range with the whole range as its bandwidth. Whole numbers are drawn continuously and rounded, and their density is
/// the kernel's mass over the interval of width 1 that rounds to them.
/// </summary>
internal sealed class NumericKernels : IKernels
{
    private readonly Scale _scale;
    private readonly double[] _mus;
    private readonly double[] _sigmas;
    private readonly double[] _logMasses;

    private NumericKernels(Scale scale, double[] mus, double[] sigmas)
    {
        (_scale, _mus, _sigmas) = (scale, mus, sigmas);
        _logMasses = [.. mus.Select((mu, k) => TruncatedNormal.LogMass((scale.Low - mu) / sigmas[k], (scale.High - mu) / sigmas[k]))];
    }

    public static NumericKernels Fit(ParameterSpace parameter, IReadOnlyList<double> observations)
    {
        var scale = Scale.Of(parameter);
        var mus = observations.Select(scale.ToInternal).ToArray();
        var sigmas = Bandwidths(mus, scale.Low, scale.High);
        return new(scale, [.. mus, (scale.Low + scale.High) / 2], [.. sigmas, scale.High - scale.Low]);
    }

    public double Sample(int kernel, Xoshiro256StarStar random)
    {
        var drawn = TruncatedNormal.Sample(_mus[kernel], _sigmas[kernel], _scale.Low, _scale.High, random.NextUnit());
        return _scale.FromInternal(drawn);
    }

    public double LogDensity(int kernel, double value)
    {
        var (mu, sigma) = (_mus[kernel], _sigmas[kernel]);
        if (!_scale.Integer)
        {
            return TruncatedNormal.LogPdf(_scale.ToInternal(value), mu, sigma, _logMasses[kernel]);
        }

        var (left, right) = (_scale.ToInternal(value - 0.5), _scale.ToInternal(value + 0.5));
        return TruncatedNormal.LogMass((left - mu) / sigma, (right - mu) / sigma) - _logMasses[kernel];
    }

    // Optuna's rule: each kernel is as wide as the larger gap to its sorted neighbours (the range's ends count as
    // neighbours, except that the outermost kernels look only inwards), clipped to [range / min(100, n + 2), range] so
    // that no kernel collapses while few trials have finished ("magic clip").
    private static double[] Bandwidths(double[] mus, double low, double high)
    {
        var n = mus.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => mus[i]).ToArray();
        var points = new double[n + 2];
        (points[0], points[^1]) = (low, high);
        for (var i = 0; i < n; i++)
        {
            points[i + 1] = mus[order[i]];
        }

        var sorted = new double[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = Math.Max(points[i + 1] - points[i], points[i + 2] - points[i + 1]);
        }

        if (n >= 2)
        {
            (sorted[0], sorted[^1]) = (points[2] - points[1], points[n] - points[n - 1]);
        }

        var (narrowest, widest) = ((high - low) / Math.Min(100.0, n + 2), high - low);
        var sigmas = new double[n];
        for (var i = 0; i < n; i++)
        {
            sigmas[order[i]] = Math.Clamp(sorted[i], narrowest, widest);
        }

        return sigmas;
    }

    /// <summary>Where the kernels live: the range, widened by half a step for whole numbers, in log space for log ranges.</summary>
    private sealed record Scale(double Low, double High, bool Log, bool Integer, double OriginalLow, double OriginalHigh)
    {
        public static Scale Of(ParameterSpace parameter) => parameter switch
        {
            UniformSpace uniform => new(uniform.Low, uniform.High, false, false, uniform.Low, uniform.High),
            LogUniformSpace logUniform => new(Math.Log(logUniform.Low), Math.Log(logUniform.High), true, false, logUniform.Low, logUniform.High),
            IntegerSpace { Log: true } integer => new(Math.Log(integer.Low - 0.5), Math.Log(integer.High + 0.5), true, true, integer.Low, integer.High),
            IntegerSpace integer => new(integer.Low - 0.5, integer.High + 0.5, false, true, integer.Low, integer.High),
            _ => throw new ArgumentException($"Parameter '{parameter.Name}' is not numeric.", nameof(parameter)),
        };

        public double ToInternal(double value) => Log ? Math.Log(value) : value;

        public double FromInternal(double value)
        {
            var external = Log ? Math.Exp(value) : value;
            return Math.Clamp(Integer ? Math.Round(external) : external, OriginalLow, OriginalHigh);
        }
    }
}
