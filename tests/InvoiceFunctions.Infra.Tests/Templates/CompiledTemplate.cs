using System.Text.Json.Nodes;
using InvoiceFunctions.Infra.Tests.Bicep;

namespace InvoiceFunctions.Infra.Tests.Templates;

/// <summary>infra/main.bicep compiled to ARM JSON once per test run, with helpers to reach into its modules.</summary>
public sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> Main = new(() => Compile(Path.Combine("infra", "main.bicep")));

    private CompiledTemplate(string json)
    {
        Json = json;
        Root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("Empty template");
    }

    public static CompiledTemplate MainTemplate => Main.Value;

    /// <summary>The ARM JSON text as compiled.</summary>
    public string Json { get; }

    public JsonObject Root { get; }

    public static CompiledTemplate Compile(string relativePath)
    {
        var result = BicepCli.Run("build", relativePath, "--stdout");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {relativePath} failed:\n{result.StandardError}");
        }

        return new CompiledTemplate(result.StandardOutput);
    }

    /// <summary>Resources of a template, whether listed as an array or (languageVersion 2.0) by symbolic name.</summary>
    public static IEnumerable<JsonObject> Resources(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.OfType<JsonObject>(),
        JsonObject map => map.Select(p => p.Value).OfType<JsonObject>(),
        _ => [],
    };

    public static IEnumerable<JsonObject> ResourcesOfType(JsonObject template, string type) =>
        Resources(template).Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every resource in the template and in its nested module templates.</summary>
    public IEnumerable<JsonObject> AllResources() => Descend(Root);

    /// <summary>The deployment resource of a module of main.bicep, by its symbolic name.</summary>
    public JsonObject Module(string symbolicName) =>
        Root["resources"]?[symbolicName]?.AsObject() ?? throw new InvalidOperationException($"No module {symbolicName} in main.bicep");

    public JsonObject ModuleTemplate(string symbolicName) =>
        Module(symbolicName)["properties"]?["template"]?.AsObject() ?? throw new InvalidOperationException($"Module {symbolicName} has no template");

    /// <summary>The value (literal or expression) that main.bicep passes to a module parameter.</summary>
    public JsonNode ModuleArgument(string module, string parameter) =>
        Module(module)["properties"]?["parameters"]?[parameter]?["value"] ?? throw new InvalidOperationException($"Module {module} gets no {parameter}");

    public JsonNode ParameterDefault(string parameter) =>
        Root["parameters"]?[parameter]?["defaultValue"] ?? throw new InvalidOperationException($"Parameter {parameter} has no default");

    public JsonNode Variable(string name) =>
        Root["variables"]?[name] ?? throw new InvalidOperationException($"No variable {name}");

    public JsonNode SingleOfType(string module, string type) =>
        Assert.Single(ResourcesOfType(ModuleTemplate(module), type));

    private static IEnumerable<JsonObject> Descend(JsonObject template)
    {
        foreach (var resource in Resources(template))
        {
            yield return resource;
            if (resource["properties"] is JsonObject { } properties && properties["template"] is JsonObject nested)
            {
                foreach (var inner in Descend(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
