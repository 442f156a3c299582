using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// The OpenAPI 3.1 document of the app's HTTP API, built from its code at run time (never written by hand, so it cannot
/// drift): paths and methods from [HttpTrigger], operation ids from [Function], bodies from the OpenApi* attributes,
/// schemas from System.Text.Json. A function without annotations still appears, with a generic JSON body.
/// </summary>
public static class OpenApiDocumentBuilder
{
    private const string ProblemType = "application/problem+json";

    private static readonly Dictionary<int, string> ProblemDescriptions = new()
    {
        [400] = "Invalid request: the body, a field or a query parameter (each one listed in errors).",
        [401] = "No valid key.",
        [403] = "The key's role in this company is too low.",
        [404] = "Not found (also for a company the key has no role in: it never learns which companies exist).",
        [409] = "Conflict: the resource exists, its status forbids this, or a request with this Idempotency-Key is still running.",
        [412] = "If-Match does not match the resource's current ETag: read it again.",
        [428] = "If-Match is required: send the ETag of your last read.",
        [422] = "The Idempotency-Key was used for another request, or the document breaks invoice rules (each failure listed with its ruleId).",
        [500] = "Unexpected failure.",
    };

    public static string Build(Assembly assembly)
    {
        var schemas = new OpenApiSchemas(ApiResponse.JsonOptions);
        var problem = schemas.For(typeof(ApiResponse.ProblemBody));
        var paths = new JsonObject();
        foreach (var group in OpenApiHttpFunction.Discover(assembly).GroupBy(f => f.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (var function in group)
            {
                foreach (var method in function.Methods)
                {
                    var operationId = function.Methods.Count == 1 ? function.Name : $"{function.Name}_{method}";
                    item[method] = Operation(function, method, operationId, schemas, problem);
                }
            }

            paths[group.Key] = item;
        }

        var document = new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "InvoiceFunctions API",
                ["version"] = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0",
                ["description"] = "E-invoicing pipeline. JSON bodies of at most 1 MiB; errors as application/problem+json (RFC 9457) with an errors list; " +
                    "Idempotency-Key on every POST that changes something. Generated from the app's code at run time.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas.ToJson(),
                ["securitySchemes"] = SecuritySchemes(),
            },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Operation(OpenApiHttpFunction function, string method, string operationId, OpenApiSchemas schemas, JsonNode problem)
    {
        var about = function.Method.GetCustomAttribute<OpenApiOperationAttribute>();
        var request = function.Method.GetCustomAttribute<OpenApiRequestAttribute>();
        var responses = function.Method.GetCustomAttributes<OpenApiResponseAttribute>().ToList();
        var headers = function.Method.GetCustomAttributes<OpenApiHeaderAttribute>().ToList();
        var security = Security(function);
        var operation = new JsonObject
        {
            ["operationId"] = operationId,
            ["tags"] = new JsonArray(function.Method.DeclaringType?.Namespace?.Split('.')[^1] ?? "Api"),
        };
        if (about is not null)
        {
            operation["summary"] = about.Summary;
        }

        if (about?.Role is { } role)
        {
            operation["description"] = $"Needs the {role} role (or higher) in the company.";
        }

        if (request is null && method != "get" || responses.Count == 0)
        {
            // The coverage test lists such functions: the shapes below are placeholders until the function is annotated.
            operation["x-unannotated"] = true;
        }

        operation["security"] = security is null ? new JsonArray() : security.DeepClone();
        operation["parameters"] = Parameters(function, method, about, headers, schemas);
        if (RequestBody(method, request, schemas) is { } body)
        {
            operation["requestBody"] = body;
        }

        var answers = new JsonObject();
        foreach (var response in responses.Count > 0 ? responses : [new OpenApiResponseAttribute(200) { ContentType = "application/json" }])
        {
            answers[response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(response, schemas);
        }

        foreach (var status in ProblemStatuses(function, method, headers, security is not null))
        {
            answers[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = ProblemDescriptions[status],
                ["content"] = new JsonObject { [ProblemType] = new JsonObject { ["schema"] = problem.DeepClone() } },
            };
        }

        operation["responses"] = answers;
        return operation;
    }

    private static JsonArray Parameters(OpenApiHttpFunction function, string method, OpenApiOperationAttribute? about, List<OpenApiHeaderAttribute> headers, OpenApiSchemas schemas)
    {
        var parameters = new JsonArray();
        foreach (var name in function.PathParameters)
        {
            parameters.Add(Parameter(name, "path", true, name == "company" ? "The company (tenant) id; the key must have a role in it." : null, new JsonObject { ["type"] = "string" }));
        }

        foreach (var query in function.Method.GetCustomAttributes<OpenApiQueryAttribute>())
        {
            parameters.Add(Parameter(query.Name, "query", false, query.Description, schemas.For(query.Type)));
        }

        foreach (var header in headers)
        {
            parameters.Add(Parameter(header.Name, "header", header.Required, header.Description, new JsonObject { ["type"] = "string" }));
        }

        if (method == "post" && about?.ReadOnly != true)
        {
            parameters.Add(Parameter(
                IdempotentRequests.Header, "header", false,
                "Makes a retry safe: the same key and body get the first answer again, byte for byte; the same key with another body 422; while the first still runs 409.",
                new JsonObject { ["type"] = "string", ["maxLength"] = 200 }));
        }

        return parameters;
    }

    private static JsonObject Parameter(string name, string location, bool required, string? description, JsonNode schema)
    {
        var parameter = new JsonObject { ["name"] = name, ["in"] = location, ["required"] = required };
        if (description is not null)
        {
            parameter["description"] = description;
        }

        parameter["schema"] = schema;
        return parameter;
    }

    private static JsonObject? RequestBody(string method, OpenApiRequestAttribute? request, OpenApiSchemas schemas)
    {
        if (request is null)
        {
            return method == "get" ? null : JsonContent("A JSON body (not described yet).", new JsonObject(), required: false);
        }

        return request.Bodies.Count switch
        {
            0 => null,
            1 => JsonContent(null, schemas.For(request.Bodies[0]), required: true),
            _ => JsonContent("One of these shapes.", new JsonObject { ["oneOf"] = new JsonArray(request.Bodies.Select(schemas.For).ToArray()) }, required: true),
        };
    }

    private static JsonObject JsonContent(string? description, JsonNode schema, bool required)
    {
        var body = new JsonObject();
        if (description is not null)
        {
            body["description"] = description;
        }

        body["required"] = required;
        body["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } };
        return body;
    }

    private static JsonObject Response(OpenApiResponseAttribute response, OpenApiSchemas schemas)
    {
        var (contentType, schema) = response.Body is { } type
            ? ("application/json", schemas.For(type))
            : (response.ContentType, response.ContentType.Contains("json", StringComparison.Ordinal) ? new JsonObject { ["type"] = "object" } : new JsonObject { ["type"] = "string", ["format"] = "binary" });
        var answer = new JsonObject
        {
            ["description"] = response.Description ?? response.Status switch { 201 => "Created.", 202 => "Accepted: the work goes on; Location shows how far it got.", _ => "OK." },
        };
        var headers = new JsonObject();
        if (response.Status is 201 or 202)
        {
            headers["Location"] = Header("The URL of the resource.");
        }

        if (response.ETag)
        {
            headers["ETag"] = Header("The resource's version: send it back as If-Match to change it.");
        }

        if (headers.Count > 0)
        {
            answer["headers"] = headers;
        }

        answer["content"] = new JsonObject { [contentType] = new JsonObject { ["schema"] = schema } };
        return answer;
    }

    private static JsonObject Header(string description) => new() { ["description"] = description, ["schema"] = new JsonObject { ["type"] = "string" } };

    private static IEnumerable<int> ProblemStatuses(OpenApiHttpFunction function, string method, List<OpenApiHeaderAttribute> headers, bool secured)
    {
        yield return 400;
        if (secured)
        {
            yield return 401;
        }

        if (IsCompanyRoute(function) && function.Level == AuthorizationLevel.Anonymous)
        {
            yield return 403;
        }

        if (secured || function.PathParameters.Count > 0)
        {
            yield return 404;
        }

        if (method != "get")
        {
            yield return 409;
        }

        if (headers.Any(h => h.Name.Equals("If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            yield return 412;
        }

        if (method != "get")
        {
            yield return 422;
        }

        if (headers.Any(h => h.Required && h.Name.Equals("If-Match", StringComparison.OrdinalIgnoreCase)))
        {
            yield return 428;
        }

        yield return 500;
    }

    /// <summary>Admin routes take the master key; company routes an API key (bearer or X-Api-Key); anything else is open (null).</summary>
    private static JsonArray? Security(OpenApiHttpFunction function) => function.Level switch
    {
        AuthorizationLevel.Admin or AuthorizationLevel.System => [new JsonObject { ["masterKey"] = new JsonArray() }],
        AuthorizationLevel.Function => [new JsonObject { ["functionKey"] = new JsonArray() }, new JsonObject { ["masterKey"] = new JsonArray() }],
        _ when IsCompanyRoute(function) => [new JsonObject { ["apiKey"] = new JsonArray() }, new JsonObject { ["apiKeyHeader"] = new JsonArray() }],
        _ => null,
    };

    private static bool IsCompanyRoute(OpenApiHttpFunction function) => function.Route.StartsWith("companies/{", StringComparison.Ordinal);

    private static JsonObject SecuritySchemes() => new()
    {
        ["masterKey"] = new JsonObject
        {
            ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key",
            ["description"] = "The host's master key, for the operator routes under /api/admin (also accepted as ?code=).",
        },
        ["functionKey"] = new JsonObject
        {
            ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key", ["description"] = "A function key of the host (also accepted as ?code=).",
        },
        ["apiKey"] = new JsonObject
        {
            ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "ifk_<id>_<secret>",
            ["description"] = "A company API key: 'Authorization: Bearer ifk_...'. The tenant comes from the key, never from the body.",
        },
        ["apiKeyHeader"] = new JsonObject
        {
            ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Api-Key", ["description"] = "The same company API key in the X-Api-Key header.",
        },
    };
}
