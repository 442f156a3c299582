using System.Text.RegularExpressions;
using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.AppContract;

/// <summary>The infrastructure wires what the app declares: Event Grid containers, storage containers, settings, Durable backend.</summary>
public sealed partial class AppContractTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    private static HashSet<string> Containers =>
        [.. Main.Variable("containerNames").AsArray().Select(c => (string)c!), (string)Main.Variable("archiveContainerName")!];

    private static HashSet<string> EventSourceContainers =>
        [.. Main.Variable("eventSourceContainerNames").AsArray().Select(c => (string)c!)];

    [Fact]
    public void BlobTriggers_EventGridSource_ContainerIsFedByTheSubscription()
    {
        var metadata = AppArtifacts.FunctionsMetadata();
        Assert.True(metadata is not null, "functions/InvoiceFunctions.App is not built (the project reference builds it).");

        foreach (var trigger in AppArtifacts.Bindings(metadata, "blobTrigger"))
        {
            var container = ((string)trigger["path"]!).Split('/')[0];
            Assert.Contains(container, Containers);
            if (string.Equals((string?)trigger["source"], "EventGrid", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Contains(container, EventSourceContainers);
            }
        }
    }

    [Fact]
    public void Triggers_Connection_IsTheIdentityBasedHostStorage()
    {
        var metadata = AppArtifacts.FunctionsMetadata();
        Assert.True(metadata is not null, "functions/InvoiceFunctions.App is not built (the project reference builds it).");

        var connections = new[] { "blobTrigger", "queueTrigger", "blob", "queue" }
            .SelectMany(t => AppArtifacts.Bindings(metadata, t))
            .Select(b => (string?)b["connection"] ?? "AzureWebJobsStorage")
            .Distinct();

        // Every connection a binding names is an identity-based one that the app settings define.
        Assert.All(connections, c => Assert.Contains($"{c}__accountName", AppSettings.All.Keys));
    }

    [Fact]
    public void AppContainers_AreProvisioned_ArchiveIsTheWormOne()
    {
        var source = Path.Combine(Bicep.BicepCli.RepositoryRoot, "shared", "InvoiceFunctions.Adapters", "Storage", "ContainerNames.cs");
        Assert.True(File.Exists(source), source + " is where the app names its containers.");

        var names = ConstString().Matches(File.ReadAllText(source)).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);

        Assert.All(names.Values, container => Assert.Contains(container, Containers));
        Assert.Equal((string?)Main.Variable("archiveContainerName"), names.GetValueOrDefault("Archive"));
    }

    [Fact]
    public void HostJson_DurableBackend_IsAzureStorageOrUnset()
    {
        var durable = AppArtifacts.HostJson()["extensions"]?["durableTask"];
        var provider = (string?)durable?["storageProvider"]?["type"];

        // The infrastructure provisions the Azure Storage backend; the Durable Task Scheduler needs other resources.
        Assert.True(provider is null || string.Equals(provider, "AzureStorage", StringComparison.OrdinalIgnoreCase), $"storageProvider.type is {provider}");
    }

    [Fact]
    public void SampleSettings_EveryKey_IsProvidedInAzure()
    {
        var keys = AppArtifacts.SampleSettingKeys();
        Assert.True(keys is not null, "local.settings.sample.json is missing at the repository root.");

        var missing = keys.Where(k => !ProvidedInAzure(k)).ToList();

        Assert.True(missing.Count == 0, $"Not set by infra/main.bicep: {string.Join(", ", missing)}");
    }

    /// <summary>
    /// A local setting is provided in Azure when an app setting has its name, or, for a connection, its
    /// identity-based form (Name__accountName / Name__fullyQualifiedNamespace...), or when Azure supplies it otherwise.
    /// </summary>
    private static bool ProvidedInAzure(string key) =>
        AppSettings.All.ContainsKey(key)
        || AppSettings.All.Keys.Any(k => k.StartsWith(key + "__", StringComparison.Ordinal))
        || SuppliedOtherwise.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Local-only keys, and keys that Azure sets through something other than an app setting.</summary>
    private static readonly string[] SuppliedOtherwise =
    [
        "FUNCTIONS_WORKER_RUNTIME", // functionAppConfig.runtime on Flex Consumption.
        "LocalHost__", // the local host's own options: there is no local host in Azure.
        "OTEL_EXPORTER_OTLP_ENDPOINT", // a local OTLP collector; in Azure telemetry goes to Application Insights.
        "WEBSITE_TIME_ZONE", // not supported on Linux Consumption/Flex: schedules run in UTC in Azure (docs/deploy.md).
    ];

    [GeneratedRegex("const string (?<name>\\w+) = \"(?<value>[a-z0-9-]+)\";")]
    private static partial Regex ConstString();
}
