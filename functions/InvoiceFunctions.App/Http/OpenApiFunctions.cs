using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Http;

/// <summary>The OpenAPI document of the whole HTTP API, generated from this assembly.</summary>
public sealed class OpenApiFunctions
{
    // Built once per process: it depends on nothing but the code.
    private static readonly Lazy<string> Document = new(() => OpenApiDocumentBuilder.Build(typeof(OpenApiFunctions).Assembly));

    [Function("GetOpenApiDocument")]
    [OpenApiOperation("This OpenAPI 3.1 document: every HTTP function of the app, generated from its code at run time.")]
    [OpenApiResponse(StatusCodes.Status200OK, ContentType = "application/json", Description = "The OpenAPI document.")]
    public IActionResult GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ApiResponse(StatusCodes.Status200OK, Document.Value);
}
