using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// What an API function answers: a status, a JSON body (or an RFC 9457 problem) and an optional Location.
/// Being plain data, it can be stored and replayed byte for byte for an Idempotency-Key.
/// </summary>
public sealed record ApiResponse(int Status, string? Json, string ContentType = "application/json", string? Location = null) : IActionResult
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // API responses are JSON documents, never embedded in HTML: no need to escape quotes and accents.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ApiResponse Ok(object body) => new(StatusCodes.Status200OK, JsonSerializer.Serialize(body, JsonOptions));

    public static ApiResponse Accepted(object body) => new(StatusCodes.Status202Accepted, JsonSerializer.Serialize(body, JsonOptions));

    public static ApiResponse Created(string location, object body) => new(StatusCodes.Status201Created, JsonSerializer.Serialize(body, JsonOptions), Location: location);

    public static ApiResponse Problem(int status, string title, string detail, IReadOnlyList<FieldError>? errors = null) =>
        new(
            status,
            JsonSerializer.Serialize(
                new ProblemBody($"https://invoicefunctions.dev/problems/{status}", title, status, detail, errors?.Select(e => new ProblemError(e.Path, e.Message)).ToList()),
                JsonOptions),
            "application/problem+json");

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (Json is not null)
        {
            response.ContentType = ContentType;
            await response.WriteAsync(Json, context.HttpContext.RequestAborted);
        }
    }

    private sealed record ProblemBody(string Type, string Title, int Status, string Detail, IReadOnlyList<ProblemError>? Errors);

    private sealed record ProblemError(string Path, string Message);
}
