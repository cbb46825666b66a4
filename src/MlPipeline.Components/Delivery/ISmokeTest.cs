using MlPipeline.Build;

namespace MlPipeline.Components.Delivery;

/// <summary>
/// The <c>SmokeTest</c> target: the pushed image run for real, asked over HTTP for the benchmark rows' predictions, which
/// must be model.onnx's (the ones VerifyOnnx proved equal to the trainer's) within --onnx-tolerance.
/// </summary>
public interface ISmokeTest : IPushImage
{
    [Parameter("Where SmokeTest runs the image: auto (a container when a Docker daemon answers at --docker-host, else the published app as a process), container or process")]
    SmokeRunner SmokeRunner => ParameterValue(SmokeRunner.Auto);

    [Parameter("How long SmokeTest waits for the service to answer GET /v2/health/ready")]
    TimeSpan SmokeTimeout => ParameterValue(TimeSpan.FromMinutes(2));

    Target SmokeTest => _ => _
        .Description("Run the pushed image (a container, or the published app without a Docker daemon), score the benchmark rows through POST /predict, compare with model.onnx's predictions; stop and remove it whatever happens; write artifacts/image/smoke.json")
        .DependsOn(PushImage, VerifyOnnx)
        .Executes(cancellation => new ImageSmokeTest(this).RunAsync(cancellation));
}
