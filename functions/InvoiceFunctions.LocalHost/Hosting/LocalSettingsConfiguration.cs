using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>Reads local.settings.json as Core Tools does: "Values" become app settings ("A__B" is "A:B"), plus "ConnectionStrings".</summary>
public static class LocalSettingsConfiguration
{
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string path)
    {
        if (!File.Exists(path))
        {
            return builder;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var settings))
        {
            foreach (var setting in settings.EnumerateObject())
            {
                values[setting.Name.Replace("__", ":", StringComparison.Ordinal)] = setting.Value.ToString();
            }
        }

        if (document.RootElement.TryGetProperty("ConnectionStrings", out var connections))
        {
            foreach (var connection in connections.EnumerateObject())
            {
                values["ConnectionStrings:" + connection.Name] = connection.Value.ToString();
            }
        }

        return builder.AddInMemoryCollection(values);
    }
}
