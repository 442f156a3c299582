using System.Text.Json;
using System.Text.Json.Nodes;
using InvoiceFunctions.Infra.Tests.Bicep;

namespace InvoiceFunctions.Infra.Tests.AppContract;

/// <summary>
/// What the function app declares: functions.metadata (written by the Functions SDK build), host.json and
/// local.settings.sample.json. This project does not build the app; the metadata is read from the app's
/// latest build output when there is one (CI builds the solution first).
/// </summary>
public static class AppArtifacts
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string AppFolder => Path.Combine(BicepCli.RepositoryRoot, "functions", "InvoiceFunctions.App");

    /// <summary>functions.metadata of the most recent build of the app, or null when the app has not been built.</summary>
    public static JsonArray? FunctionsMetadata()
    {
        var bin = Path.Combine(AppFolder, "bin");
        var latest = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "functions.metadata", SearchOption.AllDirectories).MaxBy(File.GetLastWriteTimeUtc)
            : null;
        return latest is null ? null : JsonNode.Parse(File.ReadAllText(latest))?.AsArray();
    }

    public static IEnumerable<JsonObject> Bindings(JsonArray metadata, string type) =>
        metadata.OfType<JsonObject>()
            .SelectMany(f => f["bindings"]?.AsArray().OfType<JsonObject>() ?? [])
            .Where(b => string.Equals((string?)b["type"], type, StringComparison.OrdinalIgnoreCase));

    public static JsonObject HostJson() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppFolder, "host.json")), documentOptions: Lenient)?.AsObject()
        ?? throw new InvalidOperationException("host.json is empty");

    /// <summary>The Values keys of local.settings.sample.json at the repository root, or null when it is not there yet.</summary>
    public static IReadOnlyList<string>? SampleSettingKeys()
    {
        var path = Path.Combine(BicepCli.RepositoryRoot, "local.settings.sample.json");
        if (!File.Exists(path))
        {
            return null;
        }

        var values = JsonNode.Parse(File.ReadAllText(path), documentOptions: Lenient)?["Values"]?.AsObject()
            ?? throw new InvalidOperationException("local.settings.sample.json has no Values");
        return values.Select(v => v.Key).ToList();
    }
}
