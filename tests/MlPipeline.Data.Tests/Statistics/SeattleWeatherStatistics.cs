using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Tests.Statistics;

/// <summary>
/// The statistics of all 1461 days of seattle-weather.csv. Expected values: pandas.read_csv, each numeric column
/// <c>.astype(np.float32).astype(np.float64)</c> (what our float columns hold), then <c>x.min()</c>, <c>x.max()</c>,
/// <c>x.mean()</c>, <c>x.std(ddof=1)</c>, <c>np.quantile(x, [.05, .25, .5, .75, .95])</c>, <c>len(np.unique(x))</c>.
/// </summary>
public sealed class SeattleWeatherStatistics
{
    private static readonly IReadOnlyList<ColumnStatistics> Columns = ColumnStatisticsCalculator.Compute(SeattleWeather.Load(), SeattleWeather.Schema);

    [Fact]
    public void EveryColumnIsDescribedInSchemaOrderWithNothingMissing()
    {
        Assert.Equal(["date", "precipitation", "temp_max", "temp_min", "wind", "weather"], Columns.Select(c => c.Name));
        Assert.All(Columns, c => Assert.Equal((1461, 0, 0.0), (c.Count, c.Missing, c.MissingRatio)));
        Assert.Equal(
            [(ColumnType.DateTime, ColumnRole.Time), (ColumnType.Numeric, ColumnRole.Feature), (ColumnType.Categorical, ColumnRole.Label)],
            new[] { Columns[0], Columns[1], Columns[5] }.Select(c => (c.Type, c.Role)));
    }

    [Theory]
    [InlineData("precipitation", 111, 0.0, 55.900001525878906, 3.0294318773989644, 6.680194293068389, 0.0, 0.0, 0.0, 2.799999952316284, 17.0)]
    [InlineData("temp_max", 67, -1.600000023841858, 35.599998474121094, 16.43908282920647, 7.349758125497038,
        6.099999904632568, 10.600000381469727, 15.600000381469727, 22.200000762939453, 28.899999618530273)]
    [InlineData("temp_min", 55, -7.099999904632568, 18.299999237060547, 8.234770693083808, 5.023004192939408,
        0.0, 4.400000095367432, 8.300000190734863, 12.199999809265137, 15.600000381469727)]
    [InlineData("wind", 79, 0.4000000059604645, 9.5, 3.2411362022304275, 1.4378250617490482,
        1.2999999523162842, 2.200000047683716, 3.0, 4.0, 6.0)]
    public void NumericColumnsMatchNumpy(
        string name, int distinct, double min, double max, double mean, double std, double p5, double p25, double p50, double p75, double p95)
    {
        var column = Columns.Single(c => c.Name == name);

        Assert.Equal(distinct, column.Distinct);
        Assert.Equal((min, max), (column.Min, column.Max));
        Assert.Equal(mean, column.Mean!.Value, 1e-12);
        Assert.Equal(std, column.Std!.Value, 1e-12);
        Assert.Equal([p5, p25, p50, p75, p95], new[] { column.P5, column.P25, column.P50, column.P75, column.P95 }.Select(q => q!.Value));
        Assert.Null(column.Categories);
    }

    [Fact]
    public void TheLabelCountsFollowTheCategoryList()
    {
        var weather = Columns[5];

        // df.weather.value_counts().reindex(["drizzle", "fog", "rain", "snow", "sun"])
        Assert.Equal(
            [new("drizzle", 53), new("fog", 101), new("rain", 641), new("snow", 26), new CategoryCount("sun", 640)],
            weather.Categories!);
        Assert.Equal(5, weather.Distinct);
        Assert.Null(weather.Mean);
    }

    [Fact]
    public void TheDatesSpanFourYearsAsIsoText()
    {
        var date = Columns[0];

        // df.date.min(), df.date.max(), df.date.nunique()
        Assert.Equal(("2012-01-01T00:00:00.0000000Z", "2015-12-31T00:00:00.0000000Z"), (date.MinTime, date.MaxTime));
        Assert.Equal(1461, date.Distinct);
        Assert.Null(date.Min);
    }
}
