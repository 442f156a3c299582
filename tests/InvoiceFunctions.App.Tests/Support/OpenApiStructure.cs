using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace InvoiceFunctions.App.Tests.Support;

/// <summary>Checks that a JSON text is a well-formed OpenAPI document: the top-level parts, every $ref resolving, and Microsoft.OpenApi's own reader and rules.</summary>
public static class OpenApiStructure
{
    public static JsonObject AssertValid(string json)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        Assert.StartsWith("3.1.", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(document["info"]?["title"]);
        Assert.NotNull(document["info"]?["version"]);
        Assert.NotEmpty(document["paths"]!.AsObject());
        Assert.NotEmpty(document["components"]!["schemas"]!.AsObject());

        var unresolved = References(document).Where(r => Resolve(document, r) is null).Distinct().ToList();
        Assert.True(unresolved.Count == 0, "Unresolved $ref: " + string.Join(", ", unresolved));

        var read = OpenApiDocument.Parse(json, "json");
        Assert.True(read.Diagnostic is null || read.Diagnostic.Errors.Count == 0, "Reader errors: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        Assert.NotNull(read.Document);
        var broken = read.Document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(broken.Count == 0, "Rule errors: " + string.Join("; ", broken.Select(e => $"{e.Pointer}: {e.Message}")));
        return document;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    /// <summary>A local JSON pointer ("#/components/schemas/X"), or null when it leads nowhere.</summary>
    private static JsonNode? Resolve(JsonObject root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JsonNode? node = root;
        foreach (var segment in reference[2..].Split('/').Select(s => Uri.UnescapeDataString(s).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            node = node switch
            {
                JsonObject o => o[segment],
                JsonArray a when int.TryParse(segment, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }
}
