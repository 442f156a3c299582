using System.Text.Json;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>A binding of a function as functions.metadata describes it (type, name, direction and trigger settings).</summary>
public sealed class BindingMetadata(JsonElement json)
{
    public string Type => GetString("type") ?? "";

    public string Name => GetString("name") ?? "";

    public string Direction => GetString("direction") ?? "In";

    public string? GetString(string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString()
            : null;

    public bool GetBool(string property) =>
        json.TryGetProperty(property, out var value)
        && (value.ValueKind == JsonValueKind.True
            || (value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var b) && b));

    public IReadOnlyList<string> GetStrings(string property) =>
        json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
            : [];
}
