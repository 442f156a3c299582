using System.Text.Json;
using System.Text.Json.Serialization;

namespace InvoiceFunctions.Adapters.Storage;

/// <summary>How documents kept as JSON in table columns are written: web casing, enums by name (readable, stable across reorderings).</summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
