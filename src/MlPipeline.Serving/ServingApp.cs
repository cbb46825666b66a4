using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MlPipeline.Serving.Http;
using MlPipeline.Serving.Metrics;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving;

/// <summary>The scoring service as an ASP.NET Core application: the model loaded first, then the endpoints.</summary>
public static class ServingApp
{
    /// <summary>Where the service listens when neither --urls, ASPNETCORE_URLS nor ASPNETCORE_HTTP_PORTS says.</summary>
    public const string DefaultUrl = "http://0.0.0.0:8080";

    /// <param name="args">Command-line arguments: ASP.NET Core's own (--urls …) and --model-dir.</param>
    /// <param name="configure">Changes to the host before it is built, e.g. a test server.</param>
    /// <exception cref="Bundle.BundleException">The model bundle is incomplete or its model cannot be loaded.</exception>
    public static WebApplication Create(string[] args, ServingOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var model = ModelService.Load(options.ModelDirectory);
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null && builder.Configuration["http_ports"] is null && builder.Configuration["https_ports"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Beyond the service's own limit, so the service answers an oversized body with its own message.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1);
        // SIGTERM: stop accepting, let requests in flight finish (ASP.NET Core's host does both), for at most this long.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        // A line per request would cost more than scoring it; the host's start and stop lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(model);
        var metrics = new RequestMetrics(model.Bundle.Name, model.Bundle.Version);
        builder.Services.AddSingleton(metrics);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(model.Dispose);
        app.UseRouting();
        app.UseMiddleware<MetricsRecording>();
        app.UseMiddleware<ErrorHandling>();
        InferenceEndpoints.Map(app, model, options);
        ScoringEndpoints.Map(app, model, options);
        InfoEndpoints.Map(app, model, metrics);
        return app;
    }
}
