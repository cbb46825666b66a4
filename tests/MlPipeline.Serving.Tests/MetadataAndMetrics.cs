using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class MetadataAndMetrics
{
    [Fact]
    public async Task MetadataSaysWhichModelVersionAndWhereItCameFrom()
    {
        await using var service = await TestService.StartAsync(ServedModels.Regression.Directory);

        var (status, metadata) = await service.GetAsync("/metadata");

        Assert.Equal(200, status);
        Assert.Equal("cars", metadata!["model_name"]!.GetValue<string>());
        Assert.Equal("7", metadata["model_version"]!.GetValue<string>());
        Assert.Equal("Passed", metadata["state"]!.GetValue<string>());
        Assert.Equal("xgboost", metadata["trainer"]!.GetValue<string>());
        Assert.Equal("dcars", metadata["data_hash"]!.GetValue<string>());
        Assert.Equal("0123456789abcdef", metadata["git_commit"]!.GetValue<string>());
        Assert.Equal(0.5, metadata["metrics"]!["metrics"]!["accuracy"]!.GetValue<double>());
        Assert.True(metadata["explain"]!.GetValue<bool>());
    }

    [Fact]
    public async Task MetricsCountRequestsAndErrorsPerEndpointWithTheModelVersion()
    {
        var model = ServedModels.Regression;
        await using var service = await TestService.StartAsync(model.Directory);
        for (var i = 0; i < 3; i++)
        {
            await service.PostAsync("/predict", new JsonObject { ["dataframe_records"] = model.Records([i]) });
        }

        await service.PostTextAsync("/predict", "{");

        using var response = await service.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var lines = text.Split('\n');
        Assert.Contains("mlpipeline_requests_total{endpoint=\"/predict\",model=\"cars\",model_version=\"7\",status=\"200\"} 3", lines);
        Assert.Contains("mlpipeline_requests_total{endpoint=\"/predict\",model=\"cars\",model_version=\"7\",status=\"400\"} 1", lines);
        Assert.Contains("mlpipeline_request_errors_total{endpoint=\"/predict\",model=\"cars\",model_version=\"7\"} 1", lines);
        Assert.Contains("mlpipeline_request_duration_seconds_bucket{endpoint=\"/predict\",model=\"cars\",model_version=\"7\",le=\"+Inf\"} 4", lines);
        Assert.Contains("mlpipeline_request_duration_seconds_count{endpoint=\"/predict\",model=\"cars\",model_version=\"7\"} 4", lines);
        Assert.Contains("# TYPE mlpipeline_request_duration_seconds histogram", lines);
    }
}
