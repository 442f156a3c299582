using System.Text.Json;
using System.Text.Json.Serialization;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>One entry of the functions.metadata file that the Functions Worker SDK writes at build time.</summary>
public sealed record FunctionMetadata(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("scriptFile")] string ScriptFile,
    [property: JsonPropertyName("entryPoint")] string EntryPoint,
    [property: JsonPropertyName("bindings")] IReadOnlyList<JsonElement> Bindings)
{
    public static IReadOnlyList<FunctionMetadata> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<FunctionMetadata>>(stream)
            ?? throw new InvalidOperationException($"{path} holds no function list.");
    }

    /// <summary>The trigger binding: the one input binding whose type ends with "Trigger".</summary>
    public BindingMetadata Trigger => TriggerOrDefault
        ?? throw new LocalHostStartException(Name, "it has no trigger binding");

    public BindingMetadata? TriggerOrDefault => Bindings
        .Select(b => new BindingMetadata(b))
        .SingleOrDefault(b => b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<BindingMetadata> OtherBindings => Bindings
        .Select(b => new BindingMetadata(b))
        .Where(b => !b.Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
}
