using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Tests.Drift;

/// <summary>Tables and samples built in memory for the drift tests.</summary>
internal static class TestTables
{
    public static DataTable Table(string source, params DataColumn[] columns) =>
        new(source, columns, Enumerable.Range(2, columns[0].Length).ToArray());

    public static NumericColumn Numeric(string name, IEnumerable<double> values) => new(name, values.Select(v => (float)v).ToArray());

    public static CategoricalColumn Categorical(string name, IReadOnlyList<string> categories, IEnumerable<string?> values) =>
        new(name, values.Select(v => v is null ? CategoricalColumn.Missing : IndexOf(categories, v)).ToArray(), categories);

    /// <summary>A categorical column holding <paramref name="counts"/>[i] rows of category i, in order.</summary>
    public static CategoricalColumn Categorical(string name, IReadOnlyList<string> categories, params int[] counts) =>
        new(name, counts.SelectMany((count, code) => Enumerable.Repeat(code, count)).ToArray(), categories);

    public static DatasetSchema Schema(params ColumnSchema[] columns) => new(TaskKind.Regression, columns);

    /// <summary>Standard normal draws (Box–Muller over a seeded <see cref="Random"/>, reproducible across runs).</summary>
    public static double[] Normal(int seed, int count, double mean = 0, double stdDev = 1)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => mean + stdDev * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))
            .ToArray();
    }

    /// <summary>Uniform draws in [0, 1) from a 64-bit LCG, so python can reproduce them bit for bit.</summary>
    /// <remarks>python: <c>x = (x*6364136223846793005 + 1442695040888963407) % 2**64; u = (x >> 11) / 2.0**53</c>.</remarks>
    public static double[] Uniform(ulong seed, int count)
    {
        var values = new double[count];
        var x = seed;
        for (var i = 0; i < count; i++)
        {
            x = unchecked(x * 6364136223846793005UL + 1442695040888963407UL);
            values[i] = (x >> 11) / 9007199254740992.0;
        }
        return values;
    }

    private static int IndexOf(IReadOnlyList<string> categories, string value)
    {
        for (var i = 0; i < categories.Count; i++)
            if (categories[i] == value)
                return i;
        throw new ArgumentException($"{value} is not among {string.Join(", ", categories)}.");
    }
}
