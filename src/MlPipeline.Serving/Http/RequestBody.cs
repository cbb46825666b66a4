using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>Reads a request body as one JSON document, within the size limit; everything a client can get wrong becomes an <see cref="InputException"/>.</summary>
internal static class RequestBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static async Task<JsonDocument> ReadAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        // Sized by Content-Length when the client sends it; the chunk is pooled rather than 64 KiB allocated and zeroed per request for a body of a few hundred bytes.
        using var buffer = new MemoryStream((int)Math.Min(context.Request.ContentLength ?? 0, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own limit or a broken chunked body.
            throw new InputException($"The request body cannot be read: {exception.Message}");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (buffer.Length == 0)
        {
            throw new InputException("The request body is empty; send a JSON object.");
        }

        try
        {
            return JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), Options);
        }
        catch (JsonException exception)
        {
            throw new InputException($"The request body is not valid JSON: {exception.Message}");
        }
    }

    private static InputException TooLarge(long maxBytes) =>
        new($"The request body is larger than {maxBytes} bytes, the limit; send fewer rows per request.");
}
