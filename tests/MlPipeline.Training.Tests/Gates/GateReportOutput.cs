using System.Text.Json;
using MlPipeline.Training.Gates;

namespace MlPipeline.Training.Tests.Gates;

public sealed class GateReportOutput : IDisposable
{
    private static readonly GateReport WithBaseline = new(
        [
            new("macro_f1>=0.55", "macro_f1", GateKind.Absolute, GateState.Passed, 0.8123, 0.8011, 0.55, null, null, null, null,
                "0.8123 is at least 0.55"),
            new("log_loss:no-worse-than-baseline:0.01", "log_loss", GateKind.Baseline, GateState.Failed, 0.41, 0.35, null, 0.01, 0.06, 0.031, 0.088,
                "worse than the baseline beyond 0.01: the 95% interval of the change, [+0.031, +0.088], lies wholly above +0.01"),
            new("model_size_bytes:no-worse-than-baseline:10%", "model_size_bytes", GateKind.Baseline, GateState.Passed, 1_050_000, 1_000_000,
                null, 100_000, 50_000, null, null,
                "no worse than the baseline beyond 100000 (10% of the baseline's 1000000): the change +50000 is not above +100000"),
        ],
        HasBaseline: true,
        ConfidenceLevel: 0.95);

    private static readonly GateReport WithoutBaseline = new(
        [
            new("accuracy>=0.9", "accuracy", GateKind.Absolute, GateState.Failed, 0.85, null, 0.9, null, null, null, null,
                "0.85 is below the threshold 0.9"),
            new("accuracy:no-worse-than-baseline:0.01", "accuracy", GateKind.Baseline, GateState.Skipped, 0.85, null, null, null, null, null, null,
                "no baseline yet"),
        ],
        HasBaseline: false,
        ConfidenceLevel: 0.95);

    private readonly string _directory = Directory.CreateTempSubdirectory("gate-report-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TheReportFileParsesBackWithEveryVerdictsFields()
    {
        var path = Path.Combine(_directory, "model", "gate.json");

        GateReportFile.Write(path, WithBaseline);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(["passed", "verdicts", "has_baseline", "confidence_level"], root.EnumerateObject().Select(p => p.Name));
        Assert.False(root.GetProperty("passed").GetBoolean());
        Assert.True(root.GetProperty("has_baseline").GetBoolean());
        Assert.Equal(0.95, root.GetProperty("confidence_level").GetDouble());

        var failed = root.GetProperty("verdicts")[1];
        Assert.Equal(
            ["gate", "metric", "kind", "state", "candidate", "baseline", "threshold", "tolerance", "delta", "delta_low", "delta_high", "message"],
            failed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("log_loss:no-worse-than-baseline:0.01", "log_loss", "baseline", "failed"),
            (failed.GetProperty("gate").GetString(), failed.GetProperty("metric").GetString(), failed.GetProperty("kind").GetString(),
                failed.GetProperty("state").GetString()));
        Assert.Equal((0.41, 0.35, 0.01, 0.06, 0.031, 0.088),
            (failed.GetProperty("candidate").GetDouble(), failed.GetProperty("baseline").GetDouble(), failed.GetProperty("tolerance").GetDouble(),
                failed.GetProperty("delta").GetDouble(), failed.GetProperty("delta_low").GetDouble(), failed.GetProperty("delta_high").GetDouble()));
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("threshold").ValueKind);
        Assert.StartsWith("worse than the baseline beyond 0.01", failed.GetProperty("message").GetString());

        var absolute = root.GetProperty("verdicts")[0];
        Assert.Equal(("absolute", "passed", 0.55), (absolute.GetProperty("kind").GetString(), absolute.GetProperty("state").GetString(),
            absolute.GetProperty("threshold").GetDouble()));
        Assert.Equal(JsonValueKind.Null, absolute.GetProperty("delta_low").ValueKind);
    }

    [Fact]
    public void TheReportFileIsIndentedEndsInANewlineAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory, "gate.json");
        File.WriteAllText(path, "old");

        GateReportFile.Write(path, WithoutBaseline);

        var text = File.ReadAllText(path);
        Assert.StartsWith("{\n  \"passed\": false,\n  \"verdicts\": [\n    {\n      \"gate\": \"accuracy>=0.9\",", text.ReplaceLineEndings("\n"));
        Assert.EndsWith("}\n", text);
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void TheTableAlignsEveryVerdict()
    {
        Assert.Equal(
            """
            gate                                         state   candidate  baseline  delta [95% interval]    message
            -------------------------------------------  ------  ---------  --------  ----------------------  ----------------------------------------------------------------------------------------------------------------
            macro_f1>=0.55                               passed  0.8123     0.8011                            0.8123 is at least 0.55
            log_loss:no-worse-than-baseline:0.01         failed  0.41       0.35      +0.06 [+0.031, +0.088]  worse than the baseline beyond 0.01: the 95% interval of the change, [+0.031, +0.088], lies wholly above +0.01
            model_size_bytes:no-worse-than-baseline:10%  passed  1050000    1000000   +50000                  no worse than the baseline beyond 100000 (10% of the baseline's 1000000): the change +50000 is not above +100000
            FAILED: 2 passed, 1 failed, 0 skipped

            """.ReplaceLineEndings("\n"),
            GateTable.Render(WithBaseline));
    }

    [Fact]
    public void WithoutABaselineTheTableSaysOnlyAbsoluteGatesApply()
    {
        Assert.Equal(
            """
            no baseline yet: only absolute gates apply
            gate                                  state    candidate  baseline  delta [95% interval]  message
            ------------------------------------  -------  ---------  --------  --------------------  -------------------------------
            accuracy>=0.9                         failed   0.85                                       0.85 is below the threshold 0.9
            accuracy:no-worse-than-baseline:0.01  skipped  0.85                                       no baseline yet
            FAILED: 0 passed, 1 failed, 1 skipped

            """.ReplaceLineEndings("\n"),
            GateTable.Render(WithoutBaseline));
    }
}
