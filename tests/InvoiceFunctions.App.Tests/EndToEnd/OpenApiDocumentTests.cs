using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InvoiceFunctions.App.Tests.Support;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd;

/// <summary>GET /api/openapi.json from the running app: exactly the HTTP functions of functions.metadata, as a valid OpenAPI document.</summary>
public sealed partial class OpenApiDocumentTests(ProductApp app) : IClassFixture<ProductApp>
{
    [Fact]
    public async Task GetOpenApiDocument_NoKey_ListsExactlyTheHttpFunctionsOfTheBuild()
    {
        var document = await GetDocumentAsync();

        var documented = (from path in document["paths"]!.AsObject()
                          from operation in path.Value!.AsObject()
                          select $"{operation.Key.ToUpperInvariant()} {path.Key} {operation.Value!["operationId"]}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(BuiltHttpFunctions(), documented);
    }

    [Fact]
    public async Task GetOpenApiDocument_NoKey_IsValidOpenApi()
    {
        OpenApiStructure.AssertValid(await GetTextAsync());
    }

    [Fact]
    public async Task GetOpenApiDocument_Operations_CarryKeysHeadersAndProblems()
    {
        var paths = (await GetDocumentAsync())["paths"]!;

        var update = paths["/api/companies/{company}/invoices/{id}"]!["put"]!;
        var get = paths["/api/companies/{company}/invoices/{id}"]!["get"]!;
        var create = paths["/api/companies/{company}/invoices"]!["post"]!;
        var admin = paths["/api/admin/companies"]!["post"]!;
        Assert.Contains(Parameters(update), p => p == "header If-Match");
        Assert.NotNull(get["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.Contains(Parameters(create), p => p == "header Idempotency-Key");
        Assert.Contains(Parameters(create), p => p == "path company");
        Assert.Equal(2, create["requestBody"]!["content"]!["application/json"]!["schema"]!["oneOf"]!.AsArray().Count);
        Assert.Equal("#/components/schemas/InvoiceView", create["responses"]!["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(create["responses"]!["422"]!["content"]!["application/problem+json"]);
        Assert.Equal("apiKey", create["security"]![0]!.AsObject().Single().Key);
        Assert.Equal("masterKey", admin["security"]![0]!.AsObject().Single().Key);
        Assert.DoesNotContain(Parameters(paths["/api/companies/{company}/dunning/preview"]!["post"]!), p => p == "header Idempotency-Key");
    }

    [Fact]
    public async Task GetOpenApiDocument_ProblemSchema_HasTheErrorsList()
    {
        var document = await GetDocumentAsync();
        var problem = document["components"]!["schemas"]!["ApiResponse.ProblemBody"]!["properties"]!;
        var error = document["components"]!["schemas"]!["ApiResponse.ProblemError"]!["properties"]!.AsObject();

        Assert.NotNull(problem["errors"]);
        Assert.Equal(["path", "message", "ruleId", "messageFr"], error.Select(p => p.Key));
    }

    [Fact]
    public async Task GetOpenApiDocument_EnumsAndNames_MatchTheWire()
    {
        var schemas = (await GetDocumentAsync())["components"]!["schemas"]!;

        var invoice = schemas["InvoiceView"]!["properties"]!.AsObject();
        Assert.Contains("counterpartyId", invoice.Select(p => p.Key));
        Assert.Contains("Issued", invoice["status"]!["enum"]!.AsArray().Select(v => v?.GetValue<string>()));
    }

    private async Task<string> GetTextAsync()
    {
        var response = await app.Host.Http.GetAsync("api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonObject> GetDocumentAsync() => JsonNode.Parse(await GetTextAsync())!.AsObject();

    private static IEnumerable<string> Parameters(JsonNode operation) =>
        operation["parameters"]!.AsArray().Select(p => $"{p!["in"]} {p["name"]}");

    /// <summary>"METHOD /api/route name" for every httpTrigger in the built functions.metadata, route parameters without constraints.</summary>
    private static List<string> BuiltHttpFunctions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.ProductAppFolder, "functions.metadata")));
        return (from function in metadata.RootElement.EnumerateArray()
                from binding in function.GetProperty("bindings").EnumerateArray()
                where binding.GetProperty("type").GetString() == "httpTrigger"
                from method in binding.GetProperty("methods").EnumerateArray()
                select $"{method.GetString()!.ToUpperInvariant()} /api/{RouteParameter().Replace(binding.GetProperty("route").GetString()!, "{${name}}")} {function.GetProperty("name").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
