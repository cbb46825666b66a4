using MlPipeline.Data.Drift.Methods;

namespace MlPipeline.Data.Tests.Drift;

public sealed class Psi
{
    [Fact]
    public void TheIndexMatchesNumpyWithEmptyBinsCountedAsOneInTenThousand()
    {
        var psi = PsiMethod.Index([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], [0, 5, 8, 10, 12, 15, 10, 10, 15, 15]);

        // r = np.full(10, .1); b = np.array([0,5,8,10,12,15,10,10,15,15]) / 100; b[b == 0] = 1e-4
        // np.sum((b - r) * np.log(b / r))
        Assert.Equal(0.7936711797767008, psi, 12);
    }

    [Fact]
    public void EqualSharesGiveZero() => Assert.Equal(0, PsiMethod.Index([5, 0, 15], [10, 0, 30]), 15);
}
