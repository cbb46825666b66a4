using MlPipeline.Training.Gates;

namespace MlPipeline.Training.Tests.Gates;

public sealed class GateParsing
{
    public static TheoryData<string, Gate> Forms => new()
    {
        { "macro_f1>=0.55", new AbsoluteGate("macro_f1", GateOperator.AtLeast, 0.55) },
        { "log_loss<=0.6", new AbsoluteGate("log_loss", GateOperator.AtMost, 0.6) },
        { "  macro_f1 >=  0.55 ", new AbsoluteGate("macro_f1", GateOperator.AtLeast, 0.55) },
        { "predict_latency_p99_ms<=2.5", new AbsoluteGate("predict_latency_p99_ms", GateOperator.AtMost, 2.5) },
        { "model_size_bytes<=1e6", new AbsoluteGate("model_size_bytes", GateOperator.AtMost, 1_000_000) },
        { "macro_f1:no-worse-than-baseline:0.01", new BaselineGate("macro_f1", 0.01, ToleranceKind.Absolute) },
        { "macro_f1:no-worse-than-baseline:2%", new BaselineGate("macro_f1", 0.02, ToleranceKind.Relative) },
        { " rmse : no-worse-than-baseline : 2.5 % ", new BaselineGate("rmse", 0.025, ToleranceKind.Relative) },
        { "accuracy:no-worse-than-baseline:0", new BaselineGate("accuracy", 0, ToleranceKind.Absolute) },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryCommandLineFormParsesToItsGate(string text, Gate expected)
    {
        Assert.Equal(expected, GateParser.Parse(text));
    }

    [Theory]
    [InlineData("macro_f1>=0.55")]
    [InlineData("log_loss<=0.6")]
    [InlineData("model_size_bytes<=1000000")]
    [InlineData("macro_f1:no-worse-than-baseline:0.01")]
    [InlineData("macro_f1:no-worse-than-baseline:2%")]
    [InlineData("log_loss:no-worse-than-baseline:7%")]
    public void AGatesTextIsItsCanonicalFormAndParsesBackToIt(string text)
    {
        var gate = GateParser.Parse(text);

        Assert.Equal(text, gate.Text);
        Assert.Equal(text, gate.ToString());
        Assert.Equal(gate, GateParser.Parse(gate.Text));
    }

    [Fact]
    public void AnUnknownMetricIsNamedWithTheClosestKnownOneAndTheAcceptedForms()
    {
        var error = Assert.Throws<ArgumentException>(() => GateParser.Parse("macro-f1>=0.55"));

        Assert.Equal("text", error.ParamName);
        Assert.Equal(
            "Invalid gate 'macro-f1>=0.55': unknown metric 'macro-f1' (did you mean 'macro_f1'?); known metrics: accuracy, precision, " +
            "recall, f1, macro_f1, micro_f1, roc_auc, pr_auc, log_loss, rmse, mae, r2, model_size_bytes, predict_latency_p50_ms, " +
            "predict_latency_p99_ms. Accepted forms: 'metric>=number', 'metric<=number', 'metric:no-worse-than-baseline:number' " +
            "(tolerance in the metric's units) and 'metric:no-worse-than-baseline:number%' (tolerance as a percentage of the " +
            "baseline's value), spaces allowed around the parts; e.g. 'macro_f1>=0.55', 'log_loss<=0.6', " +
            "'macro_f1:no-worse-than-baseline:0.01'. (Parameter 'text')",
            error.Message);
    }

    [Theory]
    [InlineData("auc>=0.9", "did you mean 'roc_auc'?")]
    [InlineData("latency_p99<=5", "did you mean 'predict_latency_p99_ms'?")]
    [InlineData("LOG_LOSS<=0.6", "did you mean 'log_loss'?")]
    [InlineData("rsme:no-worse-than-baseline:0.1", "did you mean 'rmse'?")]
    public void TheSuggestionIsTheNameMostLikelyMeant(string text, string suggestion)
    {
        var error = Assert.Throws<ArgumentException>(() => GateParser.Parse(text));

        Assert.Contains(suggestion, error.Message);
    }

    [Theory]
    [InlineData("macro_f1>=abc", "the threshold 'abc' is not a number (write it like 0.55 or 1e-3, with a '.' for decimals)")]
    [InlineData("macro_f1>=0,55", "the threshold '0,55' is not a number")]
    [InlineData("macro_f1>=", "no threshold after the metric")]
    [InlineData("macro_f1>=NaN", "the threshold is NaN, but it must be a finite number")]
    [InlineData(">=0.55", "no metric name before the operator")]
    [InlineData("macro_f1>0.55", "the operator must be >= or <= (> , < and = are not gates)")]
    [InlineData("macro_f1=0.55", "the operator must be >= or <=")]
    [InlineData("macro_f1", "no operator (>= or <=) and no ':no-worse-than-baseline:'")]
    [InlineData("", "no operator (>= or <=) and no ':no-worse-than-baseline:'")]
    [InlineData("macro_f1:no-worse-than:0.01", "a gate with ':' must read 'metric:no-worse-than-baseline:tolerance'")]
    [InlineData("macro_f1:no-worse-than-baseline", "a gate with ':' must read 'metric:no-worse-than-baseline:tolerance'")]
    [InlineData("macro_f1:no-worse-than-baseline:-0.01", "the tolerance is -0.01, but it must be 0 or more")]
    [InlineData("macro_f1:no-worse-than-baseline:x%", "the tolerance 'x' is not a number")]
    [InlineData("macro_f1:no-worse-than-baseline:%", "no tolerance after the metric")]
    public void EachMistakeIsNamedWithTheTextAndTheAcceptedForms(string text, string problem)
    {
        var error = Assert.Throws<ArgumentException>(() => GateParser.Parse(text));

        Assert.StartsWith($"Invalid gate '{text}': {problem}", error.Message);
        Assert.Contains(". Accepted forms: 'metric>=number', ", error.Message);
    }

    [Fact]
    public void GatesBuiltInCodeAreValidatedLikeParsedOnes()
    {
        var metric = Assert.Throws<ArgumentException>(() => new AbsoluteGate("auc", GateOperator.AtLeast, 0.9));
        var threshold = Assert.Throws<ArgumentException>(() => new AbsoluteGate("accuracy", GateOperator.AtLeast, double.PositiveInfinity));
        var tolerance = Assert.Throws<ArgumentException>(() => new BaselineGate("accuracy", -0.5, ToleranceKind.Absolute));
        var kind = Assert.Throws<ArgumentException>(() => new BaselineGate("accuracy", 0.5, (ToleranceKind)7));

        Assert.StartsWith("Invalid AbsoluteGate: unknown metric 'auc' (did you mean 'roc_auc'?); known metrics: accuracy,", metric.Message);
        Assert.Equal("Metric", metric.ParamName);
        Assert.StartsWith("Invalid AbsoluteGate: the threshold is Infinity, but it must be a finite number.", threshold.Message);
        Assert.StartsWith("Invalid BaselineGate: the tolerance is -0.5, but it must be 0 or more", tolerance.Message);
        Assert.StartsWith("Invalid BaselineGate: kind 7 is not a ToleranceKind.", kind.Message);
    }
}
