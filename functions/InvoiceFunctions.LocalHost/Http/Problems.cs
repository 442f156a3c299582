using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.LocalHost.Http;

/// <summary>Errors the host itself answers, as RFC 9457 problem+json.</summary>
public static class Problems
{
    public static Task WriteAsync(HttpContext http, int status, string title, string detail) =>
        Results.Problem(
            statusCode: status,
            title: title,
            detail: detail,
            type: $"https://httpstatuses.io/{status}",
            instance: http.Request.Path).ExecuteAsync(http);
}
