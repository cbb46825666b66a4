using System.Data.Common;

namespace MlPipeline.Registry.Sql;

/// <summary>Reads the rows the <see cref="Queries"/> select, in their column order.</summary>
internal static class Rows
{
    public static ModelVersion Version(DbDataReader row) => new(
        row.GetString(0),
        Convert.ToInt32(row.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        Enum.Parse<ModelState>(row.GetString(2)),
        row.GetString(3),
        row.GetInt64(4),
        row.IsDBNull(5) ? null : row.GetInt64(5),
        row.GetString(6),
        row.GetString(7),
        row.GetBoolean(8),
        JsonColumns.Read<string>(row.GetString(9)),
        JsonColumns.Read<double>(row.GetString(10)),
        Ticks.FromColumn(row.GetInt64(11)));

    public static StateTransition Transition(DbDataReader row) => new(
        row.GetString(0),
        Convert.ToInt32(row.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
        row.IsDBNull(2) ? null : Enum.Parse<ModelState>(row.GetString(2)),
        Enum.Parse<ModelState>(row.GetString(3)),
        Ticks.FromColumn(row.GetInt64(4)),
        row.GetString(5),
        row.GetString(6));

    public static StoredRun Run(DbDataReader row) => new(
        row.GetInt64(0),
        new RunRecord(
            row.GetString(1),
            row.IsDBNull(2) ? null : row.GetString(2),
            JsonColumns.Read<string>(row.GetString(3)),
            JsonColumns.Read<double>(row.GetString(4)),
            row.GetString(5),
            row.GetString(6),
            row.GetBoolean(7),
            Ticks.FromColumn(row.GetInt64(8)),
            Ticks.FromColumn(row.GetInt64(9)),
            JsonColumns.Read<string>(row.GetString(10)),
            JsonColumns.Read<string>(row.GetString(11)),
            JsonColumns.Read<string>(row.GetString(12))));
}
