using System.Text.Json;
using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// What an API function answers: a status, a JSON body (or an RFC 9457 problem) and an optional Location.
/// Being plain data, it can be stored and replayed byte for byte for an Idempotency-Key.
/// </summary>
/// <param name="ETag">The version of the resource, for a later If-Match (not replayed for an Idempotency-Key: a replay may be stale).</param>
public sealed record ApiResponse(int Status, string? Json, string ContentType = "application/json", string? Location = null, string? ETag = null) : IActionResult
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

    /// <summary>202: the work goes on in the background; <paramref name="location"/> shows how far it got.</summary>
    public static ApiResponse Accepted(string location, object body) => new(StatusCodes.Status202Accepted, JsonSerializer.Serialize(body, JsonOptions), Location: location);

    /// <summary>422 listing every broken EN 16931 / French rule with its id and the path of the field.</summary>
    public static ApiResponse RulesProblem(IReadOnlyList<RuleFailure> failures) =>
        new(
            StatusCodes.Status422UnprocessableEntity,
            JsonSerializer.Serialize(
                new ProblemBody(
                    "https://invoicefunctions.dev/problems/invoice-rules", "The document breaks invoice rules", StatusCodes.Status422UnprocessableEntity,
                    $"{failures.Count} rule(s) failed; fix every one and retry.", failures.Select(f => new ProblemError(f.Path, f.Message, f.RuleId, f.MessageFr)).ToList()),
                JsonOptions),
            "application/problem+json");

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

        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
        }

        if (Json is not null)
        {
            response.ContentType = ContentType;
            await response.WriteAsync(Json, context.HttpContext.RequestAborted);
        }
    }

    /// <summary>The RFC 9457 body of every problem (internal so the OpenAPI document exports its schema from this very type).</summary>
    internal sealed record ProblemBody(string Type, string Title, int Status, string Detail, IReadOnlyList<ProblemError>? Errors);

    internal sealed record ProblemError(string Path, string Message, string? RuleId = null, string? MessageFr = null);
}
