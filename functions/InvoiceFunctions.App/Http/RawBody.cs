using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>Reads a bounded request body as bytes (files such as bank statements, signed webhook bodies).</summary>
public static class RawBody
{
    public static async Task<byte[]> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
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

        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
        }

        return buffer.Length == 0 ? throw new BadRequestBodyException("The body is empty.") : buffer.ToArray();
    }
}
