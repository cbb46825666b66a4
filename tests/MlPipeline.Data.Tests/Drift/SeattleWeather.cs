using System.Globalization;
using System.Runtime.CompilerServices;
using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Drift;

/// <summary>
/// seattle-weather.csv (vega-datasets, NOAA): 2012 as the reference, 2015 as the batch. 2015 was warmer (mean
/// temp_max 17.4 °C against 15.3 °C) and its days are labelled differently (no snow, ten times more fog).
/// Expected values: pandas.read_csv, each column as float32, the same formulas in numpy/scipy (named per assertion).
/// </summary>
public sealed class SeattleWeather
{
    private static readonly string[] Weather = ["drizzle", "rain", "sun", "snow", "fog"];

    private static readonly DatasetSchema WeatherSchema = Schema(
        new ColumnSchema("date", ColumnType.DateTime, ColumnRole.Time),
        new ColumnSchema("precipitation", ColumnType.Numeric),
        new ColumnSchema("temp_max", ColumnType.Numeric),
        new ColumnSchema("temp_min", ColumnType.Numeric),
        new ColumnSchema("wind", ColumnType.Numeric),
        new ColumnSchema("weather", ColumnType.Categorical, ColumnRole.Label, Categories: Weather));

    [Fact]
    public void TheTestsFindTemperaturesAndTheLabelDriftedIn2015()
    {
        var report = Detect(new DriftOptions());

        // D: scipy.stats.ks_2samp(x, y).statistic; p: kstwobign.sf((s + 0.12 + 0.11/s) * D), s = sqrt(366*365/731)
        Assert.Equal(["ks", "ks", "ks", "ks", "chi2"], report.Columns.Select(c => c.Method));
        AssertColumn(report, "precipitation", 0.07006914687895063, drifted: false, statistic: 0.09485739950595104);
        AssertColumn(report, "temp_max", 0.0003444372651843419, drifted: true, statistic: 0.15254135788606932);
        AssertColumn(report, "temp_min", 0.011147489380336172, drifted: true, statistic: 0.1180402724754847);
        AssertColumn(report, "wind", 0.22964168145415978, drifted: false, statistic: 0.07620330863088555);
        // chi2_contingency([[31, 191, 118, 21, 5], [7, 144, 162, 0, 52]], correction=False)[:2]
        AssertColumn(report, "weather", 2.8523590754883294e-18, drifted: true, statistic: 88.4193937452583);
        Assert.Equal(0.6, report.DriftedShare, 12);
        Assert.True(report.Drifted);
    }

    [Fact]
    public void TheDistancesAgreeWithTheTests()
    {
        var report = Detect(new DriftOptions(SmallSampleLimit: 100));

        // PSI over np.unique(np.quantile(x, np.arange(1, 10)/10)) bins (np.digitize), empty bins at 1e-4;
        // scipy.spatial.distance.jensenshannon(counts2012, counts2015, base=2)
        Assert.Equal(["psi", "psi", "psi", "psi", "js"], report.Columns.Select(c => c.Method));
        AssertColumn(report, "precipitation", 0.03891675694394134, drifted: false);
        AssertColumn(report, "temp_max", 0.19815433565089813, drifted: true);
        AssertColumn(report, "temp_min", 0.11757144078119719, drifted: true);
        AssertColumn(report, "wind", 0.054497393955047733, drifted: false);
        AssertColumn(report, "weather", 0.320631641513391, drifted: true);
        Assert.True(report.Drifted);
    }

    [Fact]
    public void TheNormalisedWassersteinDistanceIsTheMostSensitive()
    {
        var schema = WeatherSchema with
        {
            Columns = [.. WeatherSchema.Columns.Select(c => c.Type == ColumnType.Numeric ? c with { Drift = new DriftSettings("wasserstein") } : c)],
        };

        var report = Detect(new DriftOptions(), schema);

        // scipy.stats.wasserstein_distance(x, y) / x.std()
        AssertColumn(report, "precipitation", 0.1490713866283217, drifted: true);
        AssertColumn(report, "temp_max", 0.30425442261329394, drifted: true);
        AssertColumn(report, "temp_min", 0.3306183726956328, drifted: true);
        AssertColumn(report, "wind", 0.1662036844146795, drifted: true);
    }

    private static DriftReport Detect(DriftOptions options, DatasetSchema? schema = null)
    {
        schema ??= WeatherSchema;
        var rows = File.ReadAllLines(DataFile()).Skip(1).Select(line => line.Split(',')).ToArray();
        var reference = ReferenceProfile.Create(Year(rows, "2012"), schema);
        return DriftDetector.Detect(reference, Year(rows, "2015"), schema, options);
    }

    private static DataTable Year(string[][] rows, string year)
    {
        var days = rows.Where(r => r[0].StartsWith(year, StringComparison.Ordinal)).ToArray();
        return Table($"seattle-weather.csv ({year})",
            new DateTimeColumn("date", days.Select(r => DateTime.Parse(r[0], CultureInfo.InvariantCulture).Ticks).ToArray()),
            new NumericColumn("precipitation", Column(days, 1)),
            new NumericColumn("temp_max", Column(days, 2)),
            new NumericColumn("temp_min", Column(days, 3)),
            new NumericColumn("wind", Column(days, 4)),
            Categorical("weather", Weather, days.Select(r => r[5])));
    }

    private static float[] Column(string[][] rows, int index) =>
        rows.Select(r => float.Parse(r[index], CultureInfo.InvariantCulture)).ToArray();

    private static void AssertColumn(DriftReport report, string name, double score, bool drifted, double? statistic = null)
    {
        var column = report.Columns.Single(c => c.Name == name);
        Assert.Equal(score, column.Score, score * 1e-9);
        Assert.Equal(drifted, column.Drifted);
        if (statistic is { } expected)
            Assert.Equal(expected, column.Statistic!.Value, 1e-9);
    }

    private static string DataFile([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "seattle-weather.csv");
}
