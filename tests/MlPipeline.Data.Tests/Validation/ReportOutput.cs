using System.Text.Json;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

public sealed class ReportOutput : IDisposable
{
    private static readonly Finding[] Some =
    [
        new(Severity.Error, "temp_max", "type-parse", "data/x.csv:4:3: \"warm\" in column \"temp_max\" is not a number (2 cells in this column; first at line 4)", 2, [4, 9], ["warm", "hot"]),
        new(Severity.Error, null, "split-leakage", "data/x.csv: 1 observation is in more than one split", 1, [12], ["line 5 (train) = line 12 (benchmark)"]),
        new(Severity.Warning, "wind", "constant-column", "data/x.csv: feature \"wind\" has the single value \"3\"", 20, [], ["3"]),
    ];

    private static readonly ValidationReport Report = new(
        DataHash: "sha256:" + new string('a', 64),
        Dataset: "seattle-weather",
        RowCount: 20,
        Findings: Some,
        Columns:
        [
            new ColumnStatistics("date", ColumnType.DateTime, ColumnRole.Time, 20, 0, 0, 20, MinTime: "2012-01-01T00:00:00.0000000Z", MaxTime: "2012-01-20T00:00:00.0000000Z"),
            new ColumnStatistics("wind", ColumnType.Numeric, ColumnRole.Feature, 19, 1, 0.05, 1, 3, 3, 3, 0, 3, 3, 3, 3, 3),
            new ColumnStatistics("weather", ColumnType.Categorical, ColumnRole.Label, 20, 0, 0, 2, Categories: [new("rain", 15), new("sun", 5)]),
        ],
        SplitSizes: new SplitSizes(12, 4, 4),
        BenchmarkHash: "0123456789abcdef0123456789abcdef");

    private readonly string _folder = Directory.CreateTempSubdirectory("validation-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheCountsAndVerdictFollowTheFindings()
    {
        Assert.Equal((2, 1, false), (Report.ErrorCount, Report.WarningCount, Report.Passed));
        Assert.True((Report with { Findings = [Some[2]] }).Passed);
    }

    [Fact]
    public void TheJsonHasTheDocumentedShapeAndReadsBack()
    {
        var path = Path.Combine(_folder, "artifacts", "data", "validation.json");

        ValidationReportWriter.Write(path, Report);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(
            ["data_hash", "dataset", "row_count", "passed", "error_count", "warning_count", "split_sizes", "benchmark_hash", "findings", "columns"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("seattle-weather", 20, false, 2, 1), (
            root.GetProperty("dataset").GetString(), root.GetProperty("row_count").GetInt32(), root.GetProperty("passed").GetBoolean(),
            root.GetProperty("error_count").GetInt32(), root.GetProperty("warning_count").GetInt32()));
        Assert.Equal("{\"train\":12,\"validation\":4,\"benchmark\":4}", JsonSerializer.Serialize(root.GetProperty("split_sizes")));
        Assert.Equal("0123456789abcdef0123456789abcdef", root.GetProperty("benchmark_hash").GetString());

        var finding = root.GetProperty("findings")[0];
        Assert.Equal(["severity", "column", "check", "message", "count", "lines", "examples"], finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("error", "temp_max", "type-parse", 2), (
            finding.GetProperty("severity").GetString(), finding.GetProperty("column").GetString(), finding.GetProperty("check").GetString(),
            finding.GetProperty("count").GetInt32()));
        Assert.Equal([4, 9], finding.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal(["warm", "hot"], finding.GetProperty("examples").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("findings")[1].GetProperty("column").ValueKind);
        Assert.Equal("warning", root.GetProperty("findings")[2].GetProperty("severity").GetString());
    }

    [Fact]
    public void ColumnsUseSchemaWordsForTypesAndRolesAndKeepCategoryOrder()
    {
        var path = Path.Combine(_folder, "validation.json");

        ValidationReportWriter.Write(path, Report);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var columns = json.RootElement.GetProperty("columns");
        Assert.Equal(
            ["name", "type", "role", "count", "missing", "missing_ratio", "distinct", "min", "max", "mean", "std", "p5", "p25", "p50", "p75", "p95", "categories", "min_time", "max_time"],
            columns[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("datetime", "time", "2012-01-01T00:00:00.0000000Z"), (
            columns[0].GetProperty("type").GetString(), columns[0].GetProperty("role").GetString(), columns[0].GetProperty("min_time").GetString()));
        Assert.Equal((0.05, 0.0, JsonValueKind.Null), (
            columns[1].GetProperty("missing_ratio").GetDouble(), columns[1].GetProperty("std").GetDouble(), columns[1].GetProperty("categories").ValueKind));
        Assert.Equal(
            "[{\"category\":\"rain\",\"count\":15},{\"category\":\"sun\",\"count\":5}]",
            JsonSerializer.Serialize(columns[2].GetProperty("categories")));
    }

    [Fact]
    public void InfiniteStatisticsAreWrittenAsNamedLiterals()
    {
        var path = Path.Combine(_folder, "validation.json");
        var infinite = new ColumnStatistics("x", ColumnType.Numeric, ColumnRole.Feature, 2, 0, 0, 2, 1, double.PositiveInfinity, double.PositiveInfinity, double.NaN);

        ValidationReportWriter.Write(path, Report with { Columns = [infinite] });

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var x = json.RootElement.GetProperty("columns")[0];
        Assert.Equal(("Infinity", "NaN"), (x.GetProperty("mean").GetString(), x.GetProperty("std").GetString()));
    }

    [Fact]
    public void WritingReplacesAnEarlierReportAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "validation.json");
        File.WriteAllText(path, "old");

        ValidationReportWriter.Write(path, Report with { Findings = [] });

        Assert.Contains("\"passed\": true", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void TheConsoleTableAlignsEveryFindingAndCountsThem()
    {
        var text = FindingTable.Render(Some);

        Assert.Equal(
            """
            severity  column    check            message
            error     temp_max  type-parse       data/x.csv:4:3: "warm" in column "temp_max" is not a number (2 cells in this column; first at line 4)
            error     -         split-leakage    data/x.csv: 1 observation is in more than one split
            warning   wind      constant-column  data/x.csv: feature "wind" has the single value "3"
            2 errors, 1 warning

            """.ReplaceLineEndings(),
            text);
    }

    [Fact]
    public void AnEmptyTableStillSaysThereIsNothing() =>
        Assert.Equal(
            """
            severity  column  check  message
            0 errors, 0 warnings

            """.ReplaceLineEndings(),
            FindingTable.Render([]));
}
