using System.Text.Json;
using MlPipeline.Data.Drift;

namespace MlPipeline.Data.Tests.Drift;

public sealed class ReportOutput : IDisposable
{
    private static readonly DriftReport Report = new(
        Drifted: true,
        DriftedShare: 2.0 / 3,
        Columns:
        [
            new ColumnDrift("temp_max", "ks", 3.2e-12, 0.05, Drifted: true, Critical: false, Statistic: 0.41),
            new ColumnDrift("wind", "psi", 0.0421, 0.1, Drifted: false, Critical: false),
            new ColumnDrift("weather", "js", 0.25, 0.1, Drifted: true, Critical: true),
        ]);

    private readonly string _folder = Directory.CreateTempSubdirectory("drift-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheJsonHasTheIssuesShape()
    {
        var path = Path.Combine(_folder, "artifacts", "data", "drift.json");

        DriftReportFile.Write(path, Report);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.True(root.GetProperty("drifted").GetBoolean());
        Assert.Equal(2.0 / 3, root.GetProperty("drifted_share").GetDouble());
        Assert.Equal(0.5, root.GetProperty("share_threshold").GetDouble());
        var first = root.GetProperty("columns")[0];
        Assert.Equal(
            ["name", "method", "score", "threshold", "drifted", "critical", "statistic"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("temp_max", "ks", 3.2e-12, 0.05, true), (
            first.GetProperty("name").GetString(), first.GetProperty("method").GetString(), first.GetProperty("score").GetDouble(),
            first.GetProperty("threshold").GetDouble(), first.GetProperty("drifted").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("columns")[1].GetProperty("statistic").ValueKind);
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void WritingReplacesAnEarlierReport()
    {
        var path = Path.Combine(_folder, "drift.json");
        File.WriteAllText(path, "old");

        DriftReportFile.Write(path, Report with { Drifted = false });

        Assert.Contains("\"drifted\": false", File.ReadAllText(path));
    }

    [Fact]
    public void TheTableListsEveryColumnAndTheVerdict()
    {
        var text = DriftReportTable.Render(Report);

        Assert.Equal(
            """
            column    method     score   threshold  drifted
            temp_max  ks      3.20e-12  p ≤ 0.0500  yes
            wind      psi       0.0421    ≥ 0.1000  no
            weather   js        0.2500    ≥ 0.1000  yes (critical)
            2 of 3 columns drifted (66.7%, threshold 50%), critical: weather: the dataset drifted.

            """.ReplaceLineEndings(),
            text);
    }
}
