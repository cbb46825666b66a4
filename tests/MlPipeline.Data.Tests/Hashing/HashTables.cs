using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Tests.Hashing;

/// <summary>Two rows, (red, 1.5, 2) and (blue, missing, -3), in columns color, x and label y, built in memory.</summary>
internal static class HashTables
{
    public static readonly string[] Colors = ["red", "blue"];

    public static DatasetSchema Schema(IReadOnlyList<string>? categories = null, params ColumnSchema[] extra) =>
        new(TaskKind.Regression, [
            new ColumnSchema("color", ColumnType.Categorical, Categories: categories ?? Colors),
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label),
            .. extra,
        ]);

    public static DataColumn Color(IReadOnlyList<string>? categories = null)
    {
        categories ??= Colors;
        return new CategoricalColumn("color", [IndexOf(categories, "red"), IndexOf(categories, "blue")], categories);
    }

    public static DataColumn X(float first = 1.5f) => new NumericColumn("x", [first, float.NaN]);

    public static DataColumn Y() => new NumericColumn("y", [2, -3]);

    public static DataTable Table(params DataColumn[] columns) => new("rows.csv", columns, [2, 3]);

    public static DataTable Default() => Table(Color(), X(), Y());

    private static int IndexOf(IReadOnlyList<string> categories, string value) => categories.ToList().IndexOf(value);
}
