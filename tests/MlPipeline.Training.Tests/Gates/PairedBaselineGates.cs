using MlPipeline.Training.Gates;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;
using MlPipeline.Training.Tests.Metrics;

namespace MlPipeline.Training.Tests.Gates;

/// <summary>
/// Baseline gates on quality metrics, decided by the paired bootstrap (1000 replicates, seed 42). The fixture's 400 rows
/// make every accuracy change a multiple of 1/400 and every log_loss change one of (ln 0.8 − ln 0.2)/400 per wrong row.
/// </summary>
public sealed class PairedBaselineGates
{
    private const int Precision = 12;

    private static GateVerdict Verdict(string gate, GateCandidate candidate, GateBaseline baseline) =>
        Assert.Single(GateEvaluator.Evaluate([GateParser.Parse(gate)], candidate, baseline, BootstrapOptions.Default).Verdicts);

    private static void AssertDelta(GateVerdict verdict, double delta, double low, double high)
    {
        Assert.Equal(delta, verdict.Delta!.Value, Precision);
        Assert.Equal(low, verdict.DeltaLow!.Value, Precision);
        Assert.Equal(high, verdict.DeltaHigh!.Value, Precision);
    }

    [Fact]
    public void AClearlyLessAccurateCandidateFails()
    {
        var verdict = Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 40), GateFixtures.Baseline(wrongRows: 0));

        Assert.Equal(GateState.Failed, verdict.State);
        Assert.Equal((0.9, 1.0, 0.01), (verdict.Candidate, verdict.Baseline, verdict.Tolerance));
        AssertDelta(verdict, -0.1, -0.1275625, -0.07);
        Assert.Equal(
            "worse than the baseline beyond 0.01: the 95% interval of the change, [-0.127563, -0.07], lies wholly below -0.01",
            verdict.Message);
    }

    [Fact]
    public void AnEquallyAccurateCandidatePasses()
    {
        var verdict = Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 10), GateFixtures.Baseline(wrongRows: 10));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, 0, 0, 0);
        Assert.Equal("no worse than the baseline beyond 0.01: the 95% interval of the change, [0, 0], does not lie wholly below -0.01", verdict.Message);
    }

    [Fact]
    public void ACandidateWorseBeyondTheToleranceOnlyByItsPointEstimatePasses()
    {
        // −0.015 is beyond −0.01, but the interval reaches −0.005: the rows do not show the candidate is worse.
        var verdict = Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 6), GateFixtures.Baseline(wrongRows: 0));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, -0.015, -0.03, -0.005);
    }

    [Fact]
    public void AMoreAccurateCandidatePasses()
    {
        var verdict = Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 0), GateFixtures.Baseline(wrongRows: 20));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, 0.05, 0.03, 0.0725);
    }

    [Fact]
    public void ACandidateWithClearlyHigherLogLossFails()
    {
        var verdict = Verdict("log_loss:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 40), GateFixtures.Baseline(wrongRows: 0));

        Assert.Equal(GateState.Failed, verdict.State);
        AssertDelta(verdict, 0.13862943890595944, 0.09704060723416946, 0.17683917886879702);
        Assert.Equal(
            "worse than the baseline beyond 0.01: the 95% interval of the change, [+0.097041, +0.176839], lies wholly above +0.01",
            verdict.Message);
    }

    [Fact]
    public void ACandidateWithEqualLogLossPasses()
    {
        var verdict = Verdict("log_loss:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 10), GateFixtures.Baseline(wrongRows: 10));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, 0, 0, 0);
    }

    [Fact]
    public void ALogLossHigherBeyondTheToleranceOnlyByItsPointEstimatePasses()
    {
        // +0.0208 is beyond +0.01, but the interval starts at +0.0069.
        var verdict = Verdict("log_loss:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 6), GateFixtures.Baseline(wrongRows: 0));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, 0.02079441583589342, 0.006931471805599443, 0.04158883125269164);
        Assert.Equal(
            "no worse than the baseline beyond 0.01: the 95% interval of the change, [+0.006931, +0.041589], does not lie wholly above +0.01",
            verdict.Message);
    }

    [Fact]
    public void ACandidateWithLowerLogLossPasses()
    {
        var verdict = Verdict("log_loss:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 0), GateFixtures.Baseline(wrongRows: 20));

        Assert.Equal(GateState.Passed, verdict.State);
        AssertDelta(verdict, -0.06931471945297826, -0.10050634369925535, -0.04158883167178684);
    }

    [Fact]
    public void ARelativeToleranceIsAFractionOfTheBaselinesValue()
    {
        // Baseline accuracy 0.95, change −0.015 in [−0.0275, −0.005]: 2% allows 0.019, 0.1% only 0.00095.
        var loose = Verdict("accuracy:no-worse-than-baseline:2%", GateFixtures.Candidate(wrongRows: 26), GateFixtures.Baseline(wrongRows: 20));
        var tight = Verdict("accuracy:no-worse-than-baseline:0.1%", GateFixtures.Candidate(wrongRows: 26), GateFixtures.Baseline(wrongRows: 20));

        Assert.Equal((GateState.Passed, 0.019), (loose.State, loose.Tolerance!.Value));
        Assert.Equal(GateState.Failed, tight.State);
        Assert.Equal(0.00095, tight.Tolerance!.Value, Precision);
        AssertDelta(tight, -0.015, -0.0275, -0.005);
        Assert.Equal(
            "worse than the baseline beyond 0.00095 (0.1% of the baseline's 0.95): the 95% interval of the change, [-0.0275, -0.005], " +
            "lies wholly below -0.00095",
            tight.Message);
    }

    [Fact]
    public void ANoisierRegressorFailsOnRmse()
    {
        var (truth, baselineOutput, candidateOutput) = SyntheticModels.RegressionPair(rows: 300, noiseA: 1.0, noiseB: 2.0, seed: 5);
        var candidate = new GateCandidate(MetricsCalculator.Regression(truth, candidateOutput).Values, new RegressorPredictions(truth, candidateOutput));
        var baseline = new GateBaseline(MetricsCalculator.Regression(truth, baselineOutput).Values, new RegressorPredictions(truth, baselineOutput));

        var verdict = Verdict("rmse:no-worse-than-baseline:0.1", candidate, baseline);

        Assert.Equal(GateState.Failed, verdict.State);
        AssertDelta(verdict, 1.2151113702956053, 1.0171740057156435, 1.4035304801250346);
    }

    [Fact]
    public void WithoutBenchmarkPredictionsTheValuesAreComparedWithoutAnInterval()
    {
        var baseline = GateFixtures.Baseline(wrongRows: 0);
        var withoutPredictions = new GateBaseline(baseline.Metrics);

        var verdict = Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 6), withoutPredictions);

        // Without the interval the point estimate −0.015 decides, and it is beyond −0.01.
        Assert.Equal(GateState.Failed, verdict.State);
        Assert.Equal((-0.015, (double?)null, (double?)null), (Math.Round(verdict.Delta!.Value, Precision), verdict.DeltaLow, verdict.DeltaHigh));
        Assert.Equal(
            "worse than the baseline beyond 0.01: the change -0.015 is below -0.01 (no interval: the baseline has no benchmark predictions)",
            verdict.Message);
    }

    [Fact]
    public void PredictionsOnOtherRowsAreRejected()
    {
        var candidate = GateFixtures.Candidate(wrongRows: 0);
        var shifted = new GateBaseline(
            GateFixtures.Baseline(wrongRows: 0).Metrics,
            new ClassifierPredictions([.. GateFixtures.Truth.Skip(1), 0], GateFixtures.Probabilities(0), classCount: 2));

        var error = Assert.Throws<ArgumentException>(() => Verdict("accuracy:no-worse-than-baseline:0.01", candidate, shifted));

        Assert.StartsWith(
            "The candidate's and the baseline's truth differ at row 0 (0 vs 1), so they were scored on different rows or in a different order; " +
            "align the baseline's predictions with the candidate's benchmark rows.",
            error.Message);
    }

    [Fact]
    public void PredictionsOfAnotherTaskAreRejected()
    {
        var regression = new GateBaseline(
            GateFixtures.Baseline(wrongRows: 0).Metrics,
            new RegressorPredictions([.. GateFixtures.Truth.Select(t => (float)t)], [.. GateFixtures.Truth.Select(t => (float)t)]));

        var error = Assert.Throws<ArgumentException>(() =>
            Verdict("accuracy:no-worse-than-baseline:0.01", GateFixtures.Candidate(wrongRows: 0), regression));

        Assert.StartsWith(
            "The candidate's predictions are a classifier's over 2 classes but the baseline's are a regressor's; " +
            "a baseline gate compares models of the same task.",
            error.Message);
    }
}
