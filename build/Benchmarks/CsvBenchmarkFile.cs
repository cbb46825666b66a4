using System.Globalization;
using System.Text;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The generated file of the CSV loading benchmark: numeric columns with three decimals, categorical columns of a few words.</summary>
internal static class CsvBenchmarkFile
{
    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];

    public static void Write(string path, int rows, int numericColumns, int categoricalColumns, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(string.Join(',', Names(numericColumns, categoricalColumns)));
        var line = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            line.Clear();
            for (var i = 0; i < numericColumns; i++)
            {
                line.Append(Math.Round((random.NextDouble() * 2000) - 1000, 3).ToString(CultureInfo.InvariantCulture)).Append(',');
            }

            for (var i = 0; i < categoricalColumns; i++)
            {
                line.Append(Words[random.Next(Words.Length)]).Append(i + 1 < categoricalColumns ? "," : "");
            }

            writer.WriteLine(line);
        }
    }

    public static DatasetSchema Schema(int numericColumns, int categoricalColumns)
    {
        var names = Names(numericColumns, categoricalColumns);
        var columns = names.Take(numericColumns).Select(n => new ColumnSchema(n, ColumnType.Numeric))
            .Concat(names.Skip(numericColumns).Select((n, i) => new ColumnSchema(n, ColumnType.Categorical, i == 0 ? ColumnRole.Label : ColumnRole.Feature, Categories: Words)));
        return new DatasetSchema(TaskKind.Multiclass, columns.ToArray());
    }

    private static string[] Names(int numericColumns, int categoricalColumns) =>
        [.. Enumerable.Range(0, numericColumns).Select(i => $"x{i}"), .. Enumerable.Range(0, categoricalColumns).Select(i => $"c{i}")];
}
