using System.Globalization;
using System.Text;
using MlPipeline.Data.Schemas;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>A generated binary classification dataset for the training benchmark: numeric features, a label with signal and noise.</summary>
internal static class TrainingBenchmarkData
{
    public static void Write(string csvPath, string schemaPath, int rows, int features, int seed)
    {
        var random = new Random(seed);
        var weights = Enumerable.Range(0, features).Select(_ => (random.NextDouble() * 2) - 1).ToArray();
        using (var writer = new StreamWriter(csvPath, append: false, new UTF8Encoding(false), 1 << 20))
        {
            writer.WriteLine(string.Join(',', Enumerable.Range(0, features).Select(i => $"f{i}")) + ",label");
            var values = new double[features];
            for (var row = 0; row < rows; row++)
            {
                var score = 0.0;
                for (var i = 0; i < features; i++)
                {
                    values[i] = Math.Round((random.NextDouble() * 20) - 10, 3);
                    score += weights[i] * values[i] * (i % 3 == 0 ? Math.Sin(values[i]) : 1);
                }

                writer.Write(string.Join(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture))));
                writer.WriteLine(score + (random.NextDouble() * 6) - 3 > 0 ? ",yes" : ",no");
            }
        }

        // Bounds as InferSchema writes them, so the range check runs too; ±10 holds every generated value exactly in float.
        var columns = Enumerable.Range(0, features).Select(i => new ColumnSchema($"f{i}", ColumnType.Numeric, Nullable: false, Min: -10, Max: 10))
            .Append(new ColumnSchema("label", ColumnType.Categorical, ColumnRole.Label, Nullable: false, Categories: ["no", "yes"]));
        SchemaFile.Write(schemaPath, new DatasetSchema(TaskKind.Binary, columns.ToArray()));
    }
}
