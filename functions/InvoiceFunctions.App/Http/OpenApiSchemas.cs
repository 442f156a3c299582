using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace InvoiceFunctions.App.Http;

/// <summary>
/// The components/schemas of the OpenAPI document: each object type once, exported by System.Text.Json from the very
/// options the API serializes with (camelCase, enums as strings, nulls omitted), so the schema is the wire format.
/// Object types met inside another become a $ref, which keeps the document small and names every shape.
/// </summary>
public sealed class OpenApiSchemas
{
    private const string Prefix = "#/components/schemas/";
    private readonly JsonSerializerOptions options;
    private readonly Dictionary<Type, string> names = [];
    private readonly SortedDictionary<string, JsonNode> schemas = new(StringComparer.Ordinal);
    private readonly Queue<Type> pending = new();

    public OpenApiSchemas(JsonSerializerOptions options)
    {
        // The exporter needs a resolver; a copy keeps the API's shared options untouched.
        this.options = new JsonSerializerOptions(options) { TypeInfoResolver = options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver() };
        this.options.MakeReadOnly();
    }

    /// <summary>The schema to use for <paramref name="type"/>: a $ref for an object type (exported once), inline otherwise.</summary>
    public JsonNode For(Type type)
    {
        var node = IsComponent(type) ? Reference(type) : Export(type);
        Drain();
        return node;
    }

    public JsonObject ToJson()
    {
        Drain();
        var result = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            result[name] = schema.DeepClone();
        }

        return result;
    }

    private bool IsComponent(Type type)
    {
        var info = options.GetTypeInfo(type);
        return info.Kind == JsonTypeInfoKind.Object && info.Properties.Count > 0 && !type.IsAnonymousType();
    }

    private JsonObject Reference(Type type)
    {
        if (!names.TryGetValue(type, out var name))
        {
            name = UniqueName(type);
            names[type] = name;
            pending.Enqueue(type);
        }

        return new JsonObject { ["$ref"] = Prefix + name };
    }

    private void Drain()
    {
        while (pending.TryDequeue(out var type))
        {
            var name = names[type];
            var schema = Export(type);

            // The exporter points back at a recursive type with a pointer relative to its own root: make it absolute.
            Rebase(schema, Prefix + name);
            schemas[name] = schema;
        }
    }

    private JsonNode Export(Type type) =>
        options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, schema) =>
            {
                OmitNullsFromRequired(schema);

                // The root is the schema asked for (a component's own, or an inline one such as a list); below it, object types become refs.
                if (context.Path.Length == 0 || !IsComponent(context.TypeInfo.Type))
                {
                    return schema;
                }

                var reference = Reference(context.TypeInfo.Type);
                return IsNullable(schema) ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
            },
        });

    private static bool IsNullable(JsonNode? schema) => schema is JsonObject o && (
        o["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null")
        || o["enum"] is JsonArray values && values.Any(v => v is null)
        || o["anyOf"] is JsonArray options && options.Any(IsNullable)
        || o["type"] is JsonValue type && type.GetValue<string>() == "null");

    /// <summary>The API omits null properties (WhenWritingNull), so a property that may be null may also be absent: not required.</summary>
    private static void OmitNullsFromRequired(JsonNode schema)
    {
        if (schema is JsonObject { } o && o["required"] is JsonArray required && o["properties"] is JsonObject properties)
        {
            var kept = required.Where(name => name is not null && !IsNullable(properties[name.GetValue<string>()])).Select(name => name!.DeepClone()).ToArray();
            if (kept.Length == 0)
            {
                o.Remove("required");
            }
            else
            {
                o["required"] = new JsonArray(kept);
            }
        }
    }

    private static void Rebase(JsonNode? node, string root)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["$ref"] is JsonValue value && value.GetValue<string>() is { } reference && reference.StartsWith('#') && !reference.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    o["$ref"] = root + reference[1..];
                }

                foreach (var (_, child) in o.ToList())
                {
                    Rebase(child, root);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Rebase(child, root);
                }

                break;
        }
    }

    private string UniqueName(Type type)
    {
        var name = Name(type);
        var candidate = name;
        for (var i = 2; names.ContainsValue(candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }

    /// <summary>PageView&lt;InvoiceView&gt; is "PageViewOfInvoiceView"; a nested record keeps its container ("InvoiceCommandRequests.Issue").</summary>
    private static string Name(Type type)
    {
        var name = type.Name.Split('`')[0];
        if (type.IsGenericType)
        {
            name += "Of" + string.Join("And", type.GetGenericArguments().Select(Name));
        }

        return type.IsNested && !type.IsGenericParameter ? Name(type.DeclaringType!) + "." + name : name;
    }
}
