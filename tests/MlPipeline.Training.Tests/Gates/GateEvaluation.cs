using MlPipeline.Training.Gates;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tests.Gates;

/// <summary>Absolute gates, operational gates, a missing baseline and missing metrics.</summary>
public sealed class GateEvaluation
{
    private static GateReport Evaluate(GateCandidate candidate, GateBaseline? baseline, params string[] gates) =>
        GateEvaluator.Evaluate([.. gates.Select(GateParser.Parse)], candidate, baseline, BootstrapOptions.Default);

    private static GateCandidate Candidate(string metric, double value) => new(new Dictionary<string, double> { [metric] = value });

    [Theory]
    [InlineData("macro_f1>=0.55", 0.55, GateState.Passed, "0.55 is at least 0.55")]
    [InlineData("macro_f1>=0.55", 0.5500001, GateState.Passed, "0.55 is at least 0.55")]
    [InlineData("macro_f1>=0.55", 0.5499999, GateState.Failed, "0.55 is below the threshold 0.55")]
    [InlineData("macro_f1>=0.55", 0.4, GateState.Failed, "0.4 is below the threshold 0.55")]
    [InlineData("log_loss<=0.6", 0.6, GateState.Passed, "0.6 is at most 0.6")]
    [InlineData("log_loss<=0.6", 0.5999999, GateState.Passed, "0.6 is at most 0.6")]
    [InlineData("log_loss<=0.6", 0.6000001, GateState.Failed, "0.6 is above the threshold 0.6")]
    [InlineData("log_loss<=0.6", 0.75, GateState.Failed, "0.75 is above the threshold 0.6")]
    public void AnAbsoluteGatePassesAtAndOnTheRightSideOfItsThreshold(string gate, double value, GateState state, string message)
    {
        var metric = GateParser.Parse(gate).Metric;

        var verdict = Assert.Single(Evaluate(Candidate(metric, value), null, gate).Verdicts);

        Assert.Equal(
            new GateVerdict(gate, metric, GateKind.Absolute, state, value, null, GateParser.Parse(gate) is AbsoluteGate a ? a.Threshold : null,
                null, null, null, null, message),
            verdict);
    }

    [Fact]
    public void AnAbsoluteGateReportsTheBaselinesValueForComparison()
    {
        var report = Evaluate(Candidate("accuracy", 0.9), new GateBaseline(new Dictionary<string, double> { ["accuracy"] = 0.88 }), "accuracy>=0.8");

        Assert.Equal((0.9, 0.88, GateState.Passed), (report.Verdicts[0].Candidate, report.Verdicts[0].Baseline, report.Verdicts[0].State));
    }

    [Fact]
    public void WithoutABaselineOnlyAbsoluteGatesApplyAndBaselineGatesAreSkipped()
    {
        var report = Evaluate(GateFixtures.Candidate(wrongRows: 10), null, "accuracy>=0.9", "accuracy:no-worse-than-baseline:0.01");

        Assert.False(report.HasBaseline);
        Assert.True(report.Passed);
        Assert.Equal([GateState.Passed, GateState.Skipped], report.Verdicts.Select(v => v.State));
        Assert.Equal(
            new GateVerdict("accuracy:no-worse-than-baseline:0.01", "accuracy", GateKind.Baseline, GateState.Skipped, 0.975, null, null, null,
                null, null, null, "no baseline yet"),
            report.Verdicts[1]);
    }

    [Fact]
    public void OneFailedGateFailsTheReportAndTheOthersAreStillDecided()
    {
        var report = Evaluate(GateFixtures.Candidate(wrongRows: 40), GateFixtures.Baseline(wrongRows: 0),
            "accuracy>=0.95", "accuracy>=0.8", "accuracy:no-worse-than-baseline:0.01");

        Assert.True(report.HasBaseline);
        Assert.False(report.Passed);
        Assert.Equal([GateState.Failed, GateState.Passed, GateState.Failed], report.Verdicts.Select(v => v.State));
        Assert.Equal(0.95, report.ConfidenceLevel);
    }

    [Fact]
    public void AMetricTheCandidateLacksFailsItsGateSayingSo()
    {
        var report = Evaluate(Candidate("accuracy", 0.9), null, "model_size_bytes<=1000000");

        var verdict = Assert.Single(report.Verdicts);
        Assert.False(report.Passed);
        Assert.Equal((GateState.Failed, (double?)null), (verdict.State, verdict.Candidate));
        Assert.Equal("the candidate has no model_size_bytes (it has accuracy)", verdict.Message);
    }

    [Fact]
    public void ABaselineGateFailsWhenEitherSideLacksTheMetricAndSaysWhich()
    {
        var withSize = new Dictionary<string, double> { ["model_size_bytes"] = 1000 };
        var withoutSize = new Dictionary<string, double> { ["accuracy"] = 0.9 };
        const string gate = "model_size_bytes:no-worse-than-baseline:10%";

        var baselineLacks = Evaluate(new GateCandidate(withSize), new GateBaseline(withoutSize), gate).Verdicts[0];
        var candidateLacks = Evaluate(new GateCandidate(withoutSize), new GateBaseline(withSize), gate).Verdicts[0];
        var bothLack = Evaluate(new GateCandidate(withoutSize), new GateBaseline(new Dictionary<string, double>()), gate).Verdicts[0];

        Assert.Equal(GateState.Failed, baselineLacks.State);
        Assert.Equal("the baseline has no model_size_bytes (it has accuracy)", baselineLacks.Message);
        Assert.Equal((1000.0, (double?)null), (baselineLacks.Candidate, baselineLacks.Baseline));
        Assert.Equal(GateState.Failed, candidateLacks.State);
        Assert.Equal("the candidate has no model_size_bytes (it has accuracy)", candidateLacks.Message);
        Assert.Equal("neither the candidate nor the baseline has model_size_bytes", bothLack.Message);
    }

    [Theory]
    [InlineData(2.1, GateState.Passed, "no worse than the baseline beyond 0.2 (10% of the baseline's 2): the change +0.1 is not above +0.2")]
    [InlineData(2.2, GateState.Passed, "no worse than the baseline beyond 0.2 (10% of the baseline's 2): the change +0.2 is not above +0.2")]
    [InlineData(2.5, GateState.Failed, "worse than the baseline beyond 0.2 (10% of the baseline's 2): the change +0.5 is above +0.2")]
    [InlineData(1.5, GateState.Passed, "no worse than the baseline beyond 0.2 (10% of the baseline's 2): the change -0.5 is not above +0.2")]
    public void AnOperationalBaselineGateComparesTheValuesDirectly(double latency, GateState state, string message)
    {
        // Benchmark predictions are given but do not apply: latency is not scored on rows.
        var candidate = GateFixtures.Candidate(wrongRows: 0, ("predict_latency_p99_ms", latency));
        var baseline = GateFixtures.Baseline(wrongRows: 0, ("predict_latency_p99_ms", 2.0));

        var verdict = Assert.Single(Evaluate(candidate, baseline, "predict_latency_p99_ms:no-worse-than-baseline:10%").Verdicts);

        Assert.Equal((state, message), (verdict.State, verdict.Message));
        Assert.Equal(latency - 2.0, verdict.Delta);
        Assert.Equal((0.2, (double?)null, (double?)null), (verdict.Tolerance!.Value, verdict.DeltaLow, verdict.DeltaHigh));
    }

    [Fact]
    public void AnOperationalAbsoluteGateIsAThresholdLikeAnyOther()
    {
        var report = Evaluate(Candidate("model_size_bytes", 1_200_000), null, "model_size_bytes<=1000000");

        Assert.Equal((GateState.Failed, "1200000 is above the threshold 1000000"), (report.Verdicts[0].State, report.Verdicts[0].Message));
    }

    [Fact]
    public void NoGatesPass()
    {
        var report = Evaluate(Candidate("accuracy", 0.1), null);

        Assert.True(report.Passed);
        Assert.Empty(report.Verdicts);
    }

    [Fact]
    public void ANonFiniteMetricValueIsRejectedWhenTheModelIsDescribed()
    {
        var error = Assert.Throws<ArgumentException>(() => new GateBaseline(new Dictionary<string, double> { ["rmse"] = double.NaN }));

        Assert.StartsWith("The baseline's metric rmse is NaN; leave an undefined metric out instead", error.Message);
    }
}
