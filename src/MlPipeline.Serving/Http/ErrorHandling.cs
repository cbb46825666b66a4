using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>
/// Turns what a client got wrong into 400 with <c>{"error"}</c>, and anything else into 500 with the same shape (logged):
/// a request never takes the process down and never gets an HTML error page.
/// </summary>
internal sealed class ErrorHandling(RequestDelegate next, ILogger<ErrorHandling> log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
            if (context.Response is { StatusCode: StatusCodes.Status404NotFound, HasStarted: false, ContentLength: null })
            {
                await JsonResponse.ErrorAsync(context, StatusCodes.Status404NotFound, $"There is no endpoint {context.Request.Method} {context.Request.Path}; see /v2 and /metadata.");
            }
        }
        catch (InputException exception) when (!context.Response.HasStarted)
        {
            await JsonResponse.ErrorAsync(context, StatusCodes.Status400BadRequest, exception.Message);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await JsonResponse.ErrorAsync(context, StatusCodes.Status400BadRequest, $"The request cannot be read: {exception.Message}");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            log.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            await JsonResponse.ErrorAsync(context, StatusCodes.Status500InternalServerError, $"The service failed: {exception.Message}");
        }
    }
}
