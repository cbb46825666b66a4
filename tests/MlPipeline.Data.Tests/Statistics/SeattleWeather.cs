using System.Globalization;
using System.Runtime.CompilerServices;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Statistics;

/// <summary>All 1461 days of seattle-weather.csv (no quotes in it, so plain splitting reads it) and data/seattle-weather.schema.json.</summary>
internal static class SeattleWeather
{
    public static readonly string[] Weather = ["drizzle", "fog", "rain", "snow", "sun"];

    public static readonly DatasetSchema Schema = new(TaskKind.Multiclass,
    [
        new ColumnSchema("date", ColumnType.DateTime, ColumnRole.Time, Nullable: false),
        new ColumnSchema("precipitation", ColumnType.Numeric, Nullable: false, Min: 0, Max: 150),
        new ColumnSchema("temp_max", ColumnType.Numeric, Nullable: false, Min: -25, Max: 45),
        new ColumnSchema("temp_min", ColumnType.Numeric, Nullable: false, Min: -30, Max: 35),
        new ColumnSchema("wind", ColumnType.Numeric, Nullable: false, Min: 0, Max: 40),
        new ColumnSchema("weather", ColumnType.Categorical, ColumnRole.Label, Nullable: false, Categories: Weather),
    ]);

    public static DataTable Load([CallerFilePath] string here = "")
    {
        var rows = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(here)!, "..", "Drift", "seattle-weather.csv"))
            .Skip(1).Select(line => line.Split(',')).ToArray();
        return Table("seattle-weather.csv",
            new DateTimeColumn("date", rows.Select(r => DateTime.Parse(r[0], CultureInfo.InvariantCulture).Ticks).ToArray()),
            Numbers("precipitation", rows, 1),
            Numbers("temp_max", rows, 2),
            Numbers("temp_min", rows, 3),
            Numbers("wind", rows, 4),
            Categorical("weather", Weather, rows.Select(r => r[5])));
    }

    private static NumericColumn Numbers(string name, string[][] rows, int index) =>
        new(name, rows.Select(r => float.Parse(r[index], CultureInfo.InvariantCulture)).ToArray());
}
