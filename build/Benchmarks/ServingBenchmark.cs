using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MlPipeline.Build;
using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>
/// A bounded load test on loopback: the published scoring service as a real process, ONNX Runtime in this process on the
/// same rows (the limit), and FastAPI + uvicorn + XGBoost serving the same model (the peer), at fixed concurrencies and
/// request sizes. wrk drives both servers; the in-process side runs the same closed loop on threads.
/// </summary>
internal static class ServingBenchmark
{
    private static readonly int[] Concurrencies = [8, 64];
    private static readonly int[] RowCounts = [1, 100];
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Measured = TimeSpan.FromSeconds(10);

    public static async Task<string> RunAsync(AbsolutePath root, AbsolutePath bundle, CancellationToken cancellation)
    {
        var folder = root / ".nuke" / "temp" / "benchmark" / "serving";
        Directory.CreateDirectory(folder);
        await Processes.RunAsync(root / "build.sh", ["PackageModel"], root, cancellation);
        var app = folder / "app";
        await Processes.RunAsync("dotnet", ["publish", root / "src" / "MlPipeline.Serving" / "MlPipeline.Serving.csproj", "--configuration", "Release", "--output", app, "--nologo"], root, cancellation);

        var training = JsonNode.Parse(File.ReadAllText(bundle / "training.json"))!;
        var features = training["features"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray();
        var classes = training["classes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
        var csv = root / "data" / "seattle-weather.csv";
        var requests = RowCounts.Select(rows => ServingRequest.FromCsv(csv, features, rows)).ToArray();
        var bodies = requests.Select(r => folder / $"body-{r.Rows}.json").ToArray();
        for (var i = 0; i < requests.Length; i++)
        {
            await File.WriteAllTextAsync(bodies[i], requests[i].Body, cancellation);
        }

        var loadBefore = LoadAverage();
        using var session = OnnxModelSession.Open(bundle / "model.onnx");
        using var service = await ServerProcess.StartAsync(
            "dotnet", [app / "MlPipeline.Serving.dll", "--model-dir", bundle, "--urls", "http://127.0.0.1:{port}"], new Dictionary<string, string>(), "/predict", requests[0].Body, cancellation);
        using var peer = await ServerProcess.StartAsync(
            DebianPython.Path,
            ["-m", "uvicorn", "--host", "127.0.0.1", "--port", "{port}", "--log-level", "warning", "--no-access-log", "fastapi_xgboost:app"],
            new Dictionary<string, string> { ["MODEL_DIR"] = bundle, ["PYTHONPATH"] = root / "build" / "Benchmarks" },
            "/predict",
            requests[0].Body,
            cancellation);
        var largest = requests[^1];
        var difference = LargestDifference(await service.PostAsync(largest.Body, cancellation), await peer.PostAsync(largest.Body, cancellation), classes);

        var cells = new List<(int Concurrency, int Rows, LoadResult Service, LoadResult Onnx, LoadResult Peer)>();
        foreach (var concurrency in Concurrencies)
        {
            for (var i = 0; i < requests.Length; i++)
            {
                var request = requests[i];
                var body = bodies[i];
                void Score() => session.Run(request.Encoded, request.Rows, features.Length);
                Task<LoadResult> Load(ServerProcess server, TimeSpan duration) => WrkLoad.RunAsync(server.Address, body, request.Rows, concurrency, duration, root, cancellation);

                // Each side warmed up just before it is measured, the three in turn: a slow spell on a shared machine falls on one cell, not one side.
                await Load(service, Warmup);
                var ours = await Load(service, Measured);
                InProcessLoad.Run(Score, request.Rows, concurrency, Warmup);
                var limit = InProcessLoad.Run(Score, request.Rows, concurrency, Measured);
                await Load(peer, Warmup);
                var theirs = await Load(peer, Measured);
                cells.Add((concurrency, request.Rows, ours, limit, theirs));
            }
        }

        var report = new StringBuilder()
            .AppendLine("## Serving: the scoring service under load against ONNX Runtime in-process and FastAPI + XGBoost")
            .AppendLine()
            .AppendLine($"The seattle-weather sample model (`./build.sh PackageModel`, {features.Length} numeric features, {classes.Length} classes), scored on the first rows of")
            .AppendLine("`data/seattle-weather.csv`, sent as MLflow's `dataframe_split` to `POST /predict` (label and probabilities per row). Three sides:")
            .AppendLine("**service**: `MlPipeline.Serving` published Release, a process on 127.0.0.1; **ONNX Runtime**: `OnnxModelSession.Run` in the")
            .AppendLine($"benchmark's process on the same rows already encoded (no HTTP, no JSON: the limit, so service / ONNX Runtime is the service's overhead); **peer**: FastAPI + uvicorn")
            .AppendLine("(one worker, its default) + XGBoost serving the bundle's `model.json` (`build/Benchmarks/fastapi_xgboost.py`, pydantic request model, `inplace_predict`, one thread).")
            .AppendLine("Not `--workers 2`: Debian's uvicorn 0.17.6 then answers each request of a connection about 45 ms late (measured here: 167 requests/s at concurrency 8 against")
            .AppendLine("1,090 with one worker; its shared listening socket leaves Nagle's algorithm on, so small answers wait for the client's delayed ACK).")
            .AppendLine($"Load: Debian's `wrk` (closed loop: each of the concurrency's connections sends its next request when the last is answered; `build/Benchmarks/post_body.lua`),")
            .AppendLine($"the same closed loop on threads for ONNX Runtime; per cell {Warmup.TotalSeconds:0} s warm-up, then {Measured.TotalSeconds:0} s measured, the three sides in turn.")
            .AppendLine("A closed loop does not send while it waits (coordinated omission), so under a stall p99 understates what an open-loop client would see.")
            .AppendLine()
            .AppendLine("| concurrency | rows per request | side | requests/s | rows/s | p50 ms | p99 ms |")
            .AppendLine("|--:|--:|---|--:|--:|--:|--:|");
        foreach (var cell in cells)
        {
            Row(report, cell.Concurrency, cell.Rows, "service", cell.Service);
            Row(report, cell.Concurrency, cell.Rows, "ONNX Runtime in-process", cell.Onnx);
            Row(report, cell.Concurrency, cell.Rows, "peer (FastAPI + XGBoost)", cell.Peer);
        }

        report.AppendLine()
            .AppendLine("| concurrency | rows per request | throughput service / peer | throughput service / ONNX Runtime | p99 service / peer |")
            .AppendLine("|--:|--:|--:|--:|--:|");
        foreach (var cell in cells)
        {
            report.AppendLine($"| {cell.Concurrency} | {cell.Rows} | {Ratio(cell.Service.RequestsPerSecond / cell.Peer.RequestsPerSecond)} | {Ratio(cell.Service.RequestsPerSecond / cell.Onnx.RequestsPerSecond)} | {Ratio(cell.Service.P99Milliseconds / cell.Peer.P99Milliseconds)} |");
        }

        var oneRowAt8 = cells.Single(c => c is { Concurrency: 8, Rows: 1 }).Service.P99Milliseconds;
        var slowest = cells.Min(c => c.Service.RequestsPerSecond / c.Peer.RequestsPerSecond);
        return report.AppendLine()
            .AppendLine($"Service p99, one row at concurrency 8: **{Milliseconds(oneRowAt8)} ms** (goal ≤ 5 ms). Throughput service / peer, the lowest of the cells: **{Ratio(slowest)}** (goal ≥ 5).")
            .AppendLine($"Largest difference between the service's and the peer's probabilities on the {largest.Rows} rows: {difference.ToString("G3", CultureInfo.InvariantCulture)} (ONNX Runtime against XGBoost).")
            .AppendLine($"Load average (1 min) before the section: {loadBefore}; after: {LoadAverage()}. wrk shares the cores with the servers.")
            .ToString();
    }

    private static void Row(StringBuilder report, int concurrency, int rows, string side, LoadResult result) =>
        report.AppendLine($"| {concurrency} | {rows} | {side} | {result.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} | {result.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} | {Milliseconds(result.P50Milliseconds)} | {Milliseconds(result.P99Milliseconds)} |");

    /// <summary>Both answers are /predict's shape; the same model, so the probabilities agree to the float precision of the two runtimes.</summary>
    private static double LargestDifference(string ours, string theirs, IReadOnlyList<string> classes)
    {
        var a = JsonNode.Parse(ours)!["predictions"]!.AsArray();
        var b = JsonNode.Parse(theirs)!["predictions"]!.AsArray();
        return a.Zip(b).SelectMany(pair => classes.Select(c =>
            Math.Abs(pair.First!["probabilities"]![c]!.GetValue<double>() - pair.Second!["probabilities"]![c]!.GetValue<double>()))).Max();
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static string Milliseconds(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
