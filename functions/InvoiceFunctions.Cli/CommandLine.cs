using System.Reflection;
using System.Text.Json;

namespace InvoiceFunctions.Cli;

/// <summary>The verbs of ./invoicefn. Exit codes: 0 done, 1 failed, 2 usage error.</summary>
public static class CommandLine
{
    public const string Usage = """
        invoicefn: operate an InvoiceFunctions installation.

        Usage: ./invoicefn <verb> [options]

        Verbs:
          version                 Print the tool's version.
          functions [--app DIR]   List the functions of a built function app (its functions.metadata);
                                  default DIR: functions/InvoiceFunctions.App/bin/Debug/net10.0.
          archive verify --company ID [--storage CONNECTION]
                                  Re-compute the company's archive (hashes, chain, daily roots, head);
                                  exit 1 and the first broken entry when anything was altered.
                                  Storage: --storage, $AzureWebJobsStorage, the app's local.settings.json.
        """ + "\n" + InvoiceCommands.Usage + "\n" + RenderCommands.Usage + "\n" + """
          --help, -h, help        Show this help.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        switch (args.FirstOrDefault())
        {
            case null or "--help" or "-h" or "help":
                await output.WriteLineAsync(Usage);
                return args.Length == 0 ? 2 : 0;
            case "version" or "--version":
                await output.WriteLineAsync($"invoicefn {Version}");
                return 0;
            case "functions":
                return await ListFunctionsAsync(args.Skip(1).ToArray(), output, error);
            case "archive":
                return await ArchiveCommands.RunAsync(args.Skip(1).ToArray(), output, error);
            case "validate":
                return await InvoiceCommands.ValidateAsync(args.Skip(1).ToArray(), output, error);
            case "convert":
                return await InvoiceCommands.ConvertAsync(args.Skip(1).ToArray(), output, error);
            case "render":
                return await RenderCommands.RenderAsync(args.Skip(1).ToArray(), output, error);
            case "extract":
                return await RenderCommands.ExtractAsync(args.Skip(1).ToArray(), output, error);
            default:
                await error.WriteLineAsync($"Unknown verb '{args[0]}'. Run ./invoicefn --help.");
                return 2;
        }
    }

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static async Task<int> ListFunctionsAsync(string[] args, TextWriter output, TextWriter error)
    {
        var folder = args is ["--app", var dir] ? dir : Path.Combine("functions", "InvoiceFunctions.App", "bin", "Debug", "net10.0");
        var metadata = Path.Combine(folder, "functions.metadata");
        if (!File.Exists(metadata))
        {
            await error.WriteLineAsync($"No functions.metadata in {folder}: build the app first (dotnet build functions/InvoiceFunctions.App).");
            return 1;
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(metadata));
        foreach (var function in document.RootElement.EnumerateArray().OrderBy(f => f.GetProperty("name").GetString(), StringComparer.Ordinal))
        {
            var trigger = function.GetProperty("bindings").EnumerateArray().First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            await output.WriteLineAsync($"{function.GetProperty("name").GetString(),-28} {Describe(trigger)}");
        }

        return 0;
    }

    private static string Describe(JsonElement trigger)
    {
        string Get(string name) => trigger.TryGetProperty(name, out var value) ? value.ToString() : "";
        return Get("type") switch
        {
            "httpTrigger" => $"HTTP {string.Join(",", trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant()))} /api/{Get("route")} ({Get("authLevel")})",
            "queueTrigger" => $"queue {Get("queueName")}",
            "blobTrigger" => $"blob {Get("path")}",
            "timerTrigger" => $"timer {Get("schedule")}",
            var other => other,
        };
    }
}
