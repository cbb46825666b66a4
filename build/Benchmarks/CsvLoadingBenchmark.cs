using System.Diagnostics;
using System.Globalization;
using System.Text;
using MlPipeline.Build;
using MlPipeline.Data.Csv;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The CSV loader against pandas.read_csv on the same generated file, both timed inside their process.</summary>
internal static class CsvLoadingBenchmark
{
    private const int Rows = 1_000_000;
    private const int NumericColumns = 16;
    private const int CategoricalColumns = 4;
    private const int Runs = 5;

    public static async Task<string> RunAsync(AbsolutePath root, CancellationToken cancellation)
    {
        var folder = root / ".nuke" / "temp" / "benchmark";
        Directory.CreateDirectory(folder);
        var csv = folder / "loading.csv";
        CsvBenchmarkFile.Write(csv, Rows, NumericColumns, CategoricalColumns, seed: 1);
        var schema = CsvBenchmarkFile.Schema(NumericColumns, CategoricalColumns);

        CsvTableLoader.Load(csv, schema);
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var loaded = CsvTableLoader.Load(csv, schema);
            times.Add(stopwatch.Elapsed.TotalSeconds);
            if (loaded.Table.RowCount != Rows)
            {
                throw new InvalidOperationException($"The loader read {loaded.Table.RowCount} rows of the benchmark file, expected {Rows}.");
            }
        }

        var ours = times.Order().ElementAt(Runs / 2);
        var pandasOutput = await Processes.CaptureAsync(DebianPython.Path, [root / "build" / "Benchmarks" / "pandas_read_csv.py", csv, Runs.ToString(CultureInfo.InvariantCulture)], root, cancellation);
        if (pandasOutput.ExitCode != 0)
        {
            throw new InvalidOperationException($"The pandas peer failed: {pandasOutput}");
        }

        var pandas = double.Parse(pandasOutput.Output.Trim(), CultureInfo.InvariantCulture);
        var pandasVersion = (await Processes.CaptureAsync(DebianPython.Path, ["-c", "import pandas; print(pandas.__version__)"], root, cancellation)).Output.Trim();
        var megabytes = new FileInfo(csv).Length / 1e6;
        return new StringBuilder()
            .AppendLine("## CSV loading against pandas.read_csv")
            .AppendLine()
            .AppendLine($"A generated file of {Rows:N0} rows × {NumericColumns + CategoricalColumns} columns ({NumericColumns} numeric, {CategoricalColumns} categorical; {megabytes:0} MB),")
            .AppendLine($"read whole into columns. Median of {Runs} runs after a warm-up, timed inside each process (start-up and imports excluded).")
            .AppendLine()
            .AppendLine("| loader | median s | rows per second |")
            .AppendLine("|---|--:|--:|")
            .AppendLine($"| `CsvTableLoader.Load` (typed by the schema) | {ours:0.000} | {Rows / ours:N0} |")
            .AppendLine($"| `pandas.read_csv` (pandas {pandasVersion}, default options) | {pandas:0.000} | {Rows / pandas:N0} |")
            .AppendLine()
            .AppendLine($"Ratio of rows per second, ours / pandas: **{(pandas / ours).ToString("0.00", CultureInfo.InvariantCulture)}** (goal ≥ 1).")
            .ToString();
    }
}
