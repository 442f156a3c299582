using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// A download written straight into the response as it is produced (chunked, no length), for answers too large to
/// hold in memory such as an archive export. Once the first bytes are sent an error can only abort the response;
/// the client sees a truncated transfer, never a complete-looking file.
/// </summary>
public sealed class StreamedFileResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;

        // The zip writer's entry streams still end with a synchronous write (the deflater's last block, .NET 10);
        // those few bytes go to the server's send buffer.
        if (context.HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
        await response.Body.FlushAsync(context.HttpContext.RequestAborted);
    }
}
