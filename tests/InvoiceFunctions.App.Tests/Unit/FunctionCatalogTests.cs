using System.Text.Json;
using System.Text.RegularExpressions;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.Unit;

/// <summary>The README's function catalog is the generated functions.metadata, function for function.</summary>
public sealed partial class FunctionCatalogTests
{
    [Fact]
    public void Readme_ListsExactlyTheFunctionsOfTheBuiltApp()
    {
        var built = BuiltFunctions();
        var documented = DocumentedFunctions();

        Assert.NotEmpty(built);
        Assert.Equal(built.OrderBy(f => f.Key).ToList(), documented.OrderBy(f => f.Key).ToList());
    }

    private static Dictionary<string, string> BuiltFunctions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.ProductAppFolder, "functions.metadata")));
        var functions = new Dictionary<string, string>();
        foreach (var function in document.RootElement.EnumerateArray())
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            var type = trigger.GetProperty("type").GetString()!;
            functions[function.GetProperty("name").GetString()!] = type switch
            {
                "httpTrigger" => $"HTTP {string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()))} /api/{trigger.GetProperty("route").GetString()}",
                "queueTrigger" => $"queue {trigger.GetProperty("queueName").GetString()}",
                "blobTrigger" => $"blob {trigger.GetProperty("path").GetString()}",
                "timerTrigger" => $"timer {trigger.GetProperty("schedule").GetString()}",
                _ => type.Replace("Trigger", "", StringComparison.Ordinal),
            };
        }

        return functions;
    }

    private static Dictionary<string, string> DocumentedFunctions()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var section = readme[(readme.IndexOf("<!-- functions:begin -->", StringComparison.Ordinal) + 24)..readme.IndexOf("<!-- functions:end -->", StringComparison.Ordinal)];
        return CatalogRow().Matches(section).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["trigger"].Value.Trim().Replace("`", "", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\|\s*`(?<name>[A-Za-z0-9]+)`\s*\|(?<trigger>[^|]+)\|", RegexOptions.Multiline)]
    private static partial Regex CatalogRow();
}
