using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>Reads a bounded JSON request body.</summary>
public static class JsonBody
{
    public const int MaxBytes = 1 << 20;

    /// <summary>The body as a JSON element, for a function that takes two shapes of body.</summary>
    public static Task<JsonElement> ReadElementAsync(HttpRequest request, CancellationToken cancellationToken) => ReadAsync<JsonElement>(request, cancellationToken);

    public static T Convert<T>(JsonElement element)
    {
        try
        {
            return element.Deserialize<T>(ApiResponse.JsonOptions) ?? throw new BadRequestBodyException("The body is empty.");
        }
        catch (JsonException ex)
        {
            throw new BadRequestBodyException($"The body is not valid JSON for this request: {ex.Message}");
        }
    }

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken, int maxBytes = MaxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new BadRequestBodyException($"The body is larger than {maxBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > maxBytes)
        {
            throw new BadRequestBodyException($"The body is larger than {maxBytes} bytes.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiResponse.JsonOptions)
                ?? throw new BadRequestBodyException("The body is empty.");
        }
        catch (JsonException ex)
        {
            throw new BadRequestBodyException($"The body is not valid JSON for this request: {ex.Message}");
        }
    }
}
