using System.Globalization;
using System.Text.Json;
using MlPipeline.Reporting.Curves;

namespace MlPipeline.Components.Tests;

public sealed class ReportTarget : IDisposable
{
    // The libraries ./build.sh Test installs (InstallReportLibraries), so the throw-away repository needs no npm.
    private static readonly string Libraries = Repository.Root / ".nuke" / "temp" / "tools" / "report";

    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task ReportAfterRegisterShowsTheRegisteredVersionItsGatesAndCurvesThatMatchTheMetrics()
    {
        var run = await _pipeline.RunAsync("Register", "Report", "--gate", "macro_f1>=0.3", "--bootstrap-replicates", "50", "--report-libraries", Libraries);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Succeeded", run.StatusOf("Report"));
        Assert.Equal("Skipped", run.StatusOf("InstallReportLibraries").Split(' ')[0]);
        var markdown = File.ReadAllText(_pipeline.Artifact("report/report.md"));
        using var metrics = JsonDocument.Parse(File.ReadAllText(_pipeline.Artifact("model/metrics.json")));
        var macroF1 = metrics.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble();
        var interval = metrics.RootElement.GetProperty("intervals").GetProperty("macro_f1");
        Assert.StartsWith($"## Model report: seattle-weather version 1 (passed)\n\n**macro_f1 {F(macroF1)}** (95% interval [{F(interval.GetProperty("low").GetDouble())}, {F(interval.GetProperty("high").GetDouble())}])", markdown);
        Assert.Contains($"| `macro_f1>=0.3` | ✅ passed | {F(macroF1)} |", markdown);
        Assert.Contains("```mermaid\nxychart-beta\n    title \"macro_f1 by version\"\n    x-axis [\"v1\"]", markdown);
        Assert.Contains("Left out: no Tune run (artifacts/tuning/trials.jsonl is missing).", markdown);

        // The curves drawn from predictions.csv have, on average, metrics.json's roc_auc and pr_auc (macro one-versus-rest).
        var rows = File.ReadAllLines(_pipeline.Artifact("model/predictions.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var classes = metrics.RootElement.GetProperty("classes").EnumerateArray().Select(c => c.GetString()!).ToArray();
        double[] Scores(int c) => [.. rows.Select(r => double.Parse(r[3 + c], CultureInfo.InvariantCulture))];
        bool[] IsClass(string name) => [.. rows.Select(r => r[1] == name)];
        var rocAuc = metrics.RootElement.GetProperty("metrics").GetProperty("roc_auc").GetDouble();
        Assert.Equal(rocAuc, classes.Select((name, c) => RocCurve.Compute(Scores(c), IsClass(name)).Auc).Average(), 12);
        var prAuc = metrics.RootElement.GetProperty("metrics").GetProperty("pr_auc").GetDouble();
        Assert.Equal(prAuc, classes.Select((name, c) => PrecisionRecallCurve.Compute(Scores(c), IsClass(name)).AveragePrecision).Average(), 12);
        Assert.Contains($"macro mean {F(rocAuc)} (one class against the rest).", File.ReadAllText(_pipeline.Artifact("report/report.html")));

        var again = await _pipeline.RunAsync("Report", "--bootstrap-replicates", "50", "--report-libraries", Libraries);
        Assert.Equal("UpToDate", again.StatusOf("Report"));
    }

    [Fact]
    public async Task MissingLibrariesAreOneMessageSayingHowToInstallThem()
    {
        var run = await _pipeline.RunAsync("Report", "--skip", "InstallReportLibraries", "--report-libraries", "nowhere");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("Failed", run.StatusOf("Report"));
        var folder = _pipeline.Root / "nowhere";
        Assert.Contains($"report.html inlines vega, vega-lite and vega-embed, but in {folder}: vega 6.4.0 is missing", run.All);
        Assert.Contains($"Install them with: npm install --no-audit --no-fund --prefix {folder} vega@6.4.0 vega-lite@6.5.0 vega-embed@7.3.0", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("report/report.md")));
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
