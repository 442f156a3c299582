using System.Text.Json;
using InvoiceFunctions.Adapters;
using InvoiceFunctions.Application;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InvoiceFunctions.Cli;

/// <summary>
/// ./invoicefn archive verify --company X [--storage CONNECTION]: re-computes the company's archive straight from the
/// storage account (the app need not run). Exit 0 intact, 1 broken (first break printed), 2 usage.
/// </summary>
public static class ArchiveCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = Options(args.Skip(1));
        if (args.FirstOrDefault() != "verify" || !options.TryGetValue("--company", out var company) || !CompanyId.TryParse(company, out var id))
        {
            await error.WriteLineAsync("Usage: ./invoicefn archive verify --company <id> [--storage <connection string>]");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = Storage(options) }).Build();
        await using var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddApplicationServices().AddStorageAdapters().BuildServiceProvider();
        var report = await provider.GetRequiredService<ArchiveVerifier>().VerifyAsync(id, CancellationToken.None);
        if (report.FirstBreak is { } broken)
        {
            await output.WriteLineAsync($"archive of '{id}' is BROKEN at entry {broken.Sequence}: {broken.Kind}: {broken.Detail}");
            await output.WriteLineAsync($"checked {report.EntriesChecked} entries before it, {report.ObjectsChecked} objects");
            return 1;
        }

        await output.WriteLineAsync($"archive of '{id}' is intact: {report.EntriesChecked} entries, {report.ObjectsChecked} objects, {report.DailyRootsChecked} daily roots, head {report.HeadHash}");
        return 0;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            options[list[i]] = list[i + 1];
        }

        return options;
    }

    /// <summary>--storage, else $AzureWebJobsStorage, else the app's local.settings.json, else Azurite's default.</summary>
    private static string Storage(Dictionary<string, string> options)
    {
        if (options.TryGetValue("--storage", out var storage))
        {
            return storage;
        }

        if (Environment.GetEnvironmentVariable("AzureWebJobsStorage") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var settings = Path.Combine("functions", "InvoiceFunctions.App", "local.settings.json");
        if (File.Exists(settings))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(settings));
            if (document.RootElement.TryGetProperty("Values", out var values) && values.TryGetProperty("AzureWebJobsStorage", out var value) && value.GetString() is { Length: > 0 } fromFile)
            {
                return fromFile;
            }
        }

        return "UseDevelopmentStorage=true";
    }
}
