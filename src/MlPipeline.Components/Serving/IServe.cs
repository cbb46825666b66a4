using Microsoft.Extensions.Hosting;
using MlPipeline.Build;
using MlPipeline.Serving;
using MlPipeline.Serving.Batch;

namespace MlPipeline.Components.Serving;

/// <summary>
/// The <c>Serve</c> target (the scoring service on this machine, in the foreground until Ctrl+C) and the <c>Score</c>
/// target (batch mode: a CSV in, the same CSV with predictions out), both on the bundle PackageModel writes and with the
/// code the container image runs.
/// </summary>
public interface IServe : IPackageModel
{
    [Parameter("Where Serve listens (ASP.NET Core URLs, ; between several)")]
    string ServeUrls => ParameterValue("http://127.0.0.1:8080");

    [Parameter("The CSV Score reads: the model's feature columns (the label and other schema columns may be there too)")]
    AbsolutePath? Input => ParameterValue<AbsolutePath?>(null);

    [Parameter("The CSV Score writes: the input's columns plus the predictions")]
    AbsolutePath? Output => ParameterValue<AbsolutePath?>(null);

    Target Serve => _ => _
        .Description("Run the scoring service (v2 inference protocol, /predict, /explain, /metadata, /metrics) on the packaged model at --serve-urls until Ctrl+C")
        .DependsOn(PackageModel)
        .Executes(async cancellation =>
        {
            await using var app = ServingApp.Create(["--urls", ServeUrls], new ServingOptions(ServingBundle));
            Log.Information($"Serving {ServingBundle.RelativeTo(RootDirectory)} at {ServeUrls} (GET /v2/health/ready, POST /predict, POST /v2/models/<name>/infer); Ctrl+C stops it.");
            await ((IHost)app).RunAsync(cancellation);
        });

    Target Score => _ => _
        .Description("Score a CSV with the packaged model: --input a.csv --output b.csv (the input's columns plus predicted_label and p_<class>, or prediction)")
        .DependsOn(PackageModel)
        .Requires(() => Input)
        .Requires(() => Output)
        .Executes(() =>
        {
            var rows = BatchScorer.Score(ServingBundle, Input!, Output!);
            Log.Information($"Scored {rows} rows of {Input} into {Output}.");
        });
}
