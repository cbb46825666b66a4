using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Docker.DotNet;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Data.Tables;
using MlPipeline.Delivery.DockerEngine;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Delivery.Running;
using MlPipeline.Serving.Bundle;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Components.Delivery;

/// <summary>What <see cref="ISmokeTest.SmokeTest"/> does.</summary>
internal sealed class ImageSmokeTest(ISmokeTest build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var pushed = ArtifactJson.Read<PushRecord>(ArtifactPaths.Image.Push(build), "PushImage");
        var built = ArtifactJson.Read<ImageRecord>(ArtifactPaths.Image.Record(build), "BuildImage");
        var bundle = ModelBundle.Load(build.ServingBundle);
        var data = PreparedDataset.Load(build);
        var encoded = data.Encode(data.Splits.Benchmark);
        ModelOutputs expected;
        using (var scorer = ModelScorer.Open(bundle))
        {
            expected = scorer.Score(encoded.Features);
        }

        var rows = new SmokeRows(bundle.Training.Features, [.. encoded.SourceRows.Select(row => RawRow(data.Table, bundle.Training.Features, row))]);
        using var docker = await DaemonAsync(cancellation);
        var runner = docker is null ? "process" : "container";
        ISmokeHost host = docker is null
            ? new ProcessSmokeHost(build.RootDirectory / built.App)
            : new ContainerSmokeHost(docker, ImageReference.Parse(pushed.Image), Credentials());
        build.Log.Information($"Smoke test of {pushed.Image} as a {runner}{(docker is null ? $" ({built.App})" : $" on {DockerEndpoint.Address(build)}")}: {rows.Data.Count} benchmark rows.");
        var predictions = await MlPipeline.Delivery.Running.SmokeTest.RunAsync(host, FreePort(), rows, build.SmokeTimeout, new LogLines(build.Log), cancellation);

        var comparison = SmokeComparison.Compare(predictions, expected, bundle.Training.Classes, encoded.SourceRows, build.OnnxTolerance);
        ArtifactJson.Write(ArtifactPaths.Image.Smoke(build), new SmokeRecord(
            pushed.Image, runner, rows.Data.Count, build.OnnxTolerance, comparison.MaxAbsDifference, comparison.WorstRow, comparison.WorstOutput, comparison.RowsOverTolerance, comparison.Passed));
        var worst = comparison.WorstRow is null ? "" : $"dataset row {comparison.WorstRow}, {comparison.WorstOutput}: the service answered {comparison.Served:R}, model.onnx gives {comparison.Expected:R}";
        if (!comparison.Passed)
        {
            throw new InvalidOperationException(
                $"The image {pushed.Image} does not predict what model.onnx predicts on {comparison.RowsOverTolerance} of {rows.Data.Count} benchmark rows: the worst is {worst} "
                + $"(difference {comparison.MaxAbsDifference:G3}, above --onnx-tolerance {build.OnnxTolerance:G3}); details in {ArtifactPaths.Image.Smoke(build).RelativeTo(build.RootDirectory)}. "
                + "The registry's image holds another model than this build's: build and push it again (./build.sh SmokeTest --force BuildImage).");
        }

        build.Log.Information($"The running image gives model.onnx's predictions on all {rows.Data.Count} benchmark rows (largest difference {comparison.MaxAbsDifference:G3}{(worst.Length == 0 ? "" : $", dataset row {comparison.WorstRow}, {comparison.WorstOutput}")}); it was stopped and removed.");
    }

    private async Task<DockerClient?> DaemonAsync(CancellationToken cancellation)
    {
        if (build.SmokeRunner == SmokeRunner.Process)
        {
            return null;
        }

        var client = await DockerEndpoint.TryConnectAsync(build, cancellation);
        if (client is null && build.SmokeRunner == SmokeRunner.Container)
        {
            throw new InvalidOperationException(
                $"--smoke-runner container needs a Docker daemon, and none answers at {DockerEndpoint.Address(build)}. Start one, point --docker-host (or DOCKER_HOST) at it, or use --smoke-runner process.");
        }

        if (client is null)
        {
            build.Log.Information($"No Docker daemon answers at {DockerEndpoint.Address(build)}; running the published app instead of the image.");
        }

        return client;
    }

    private RegistryCredentials? Credentials() =>
        build.RegistryUsername is { } username && build.RegistryPassword is { } password ? new RegistryCredentials(username, password) : null;

    /// <summary>A row as a client sends it: numbers as numbers, categories and dates as their text, missing values as null.</summary>
    private static IReadOnlyList<object?> RawRow(DataTable table, IReadOnlyList<string> features, int row) =>
        [.. features.Select(name => table[name] switch
        {
            var column when column.IsMissing(row) => null,
            NumericColumn numeric => (object)(double)numeric.Values[row],
            var column => column.Format(row),
        })];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
