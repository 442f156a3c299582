using System.Text.Json.Nodes;
using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.Storage;

public sealed class StorageTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    private static JsonObject Account => Main.SingleOfType("storage", "Microsoft.Storage/storageAccounts").AsObject();

    [Fact]
    public void StorageAccount_SharedKeyAccess_IsDisabled()
    {
        var properties = Account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void BlobService_Versioning_IsOn()
    {
        var blobService = Main.SingleOfType("storage", "Microsoft.Storage/storageAccounts/blobServices");

        Assert.True((bool)blobService["properties"]!["isVersioningEnabled"]!);
    }

    [Fact]
    public void Archive_VersionLevelWorm_Retains3650Days()
    {
        Assert.Equal(3650, (int)Main.ParameterDefault("archiveRetentionDays"));
        Assert.Equal("[parameters('archiveRetentionDays')]", (string?)Main.ModuleArgument("storage", "archiveRetentionDays"));
        Assert.Equal("archive", (string?)Main.Variable("archiveContainerName"));

        var containers = CompiledTemplate.ResourcesOfType(Main.ModuleTemplate("storage"), "Microsoft.Storage/storageAccounts/blobServices/containers");
        var archive = Assert.Single(containers, c => ((string)c["name"]!).Contains("parameters('archiveContainerName')", StringComparison.Ordinal));
        Assert.True((bool)archive["properties"]!["immutableStorageWithVersioning"]!["enabled"]!);

        var policy = Main.SingleOfType("storage", "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        Assert.EndsWith("'default')]", (string?)policy["name"], StringComparison.Ordinal);
        Assert.Equal("[parameters('archiveRetentionDays')]", (string?)policy["properties"]!["immutabilityPeriodSinceCreationInDays"]);
        Assert.False((bool)policy["properties"]!["allowProtectedAppendWrites"]!);
        // Unlocked by default; only the archivePolicyLocked switch stops sending it.
        Assert.Equal("[not(parameters('archivePolicyLocked'))]", (string?)policy["condition"]);
        Assert.False((bool)Main.ParameterDefault("archivePolicyLocked"));
    }

    [Fact]
    public void Lifecycle_Archive_MovesToCoolThenCold_NeverDeletes()
    {
        var policy = Main.SingleOfType("storage", "Microsoft.Storage/storageAccounts/managementPolicies");
        var rule = policy["properties"]!["policy"]!["rules"]!.AsArray().Single(r => (string?)r!["name"] == "archiveCoolThenCold")!;
        var definition = rule["definition"]!;

        Assert.Equal("[format('{0}/', parameters('archiveContainerName'))]", (string?)definition["filters"]!["prefixMatch"]![0]);
        foreach (var target in new[] { "baseBlob", "version" })
        {
            var actions = definition["actions"]![target]!.AsObject();
            Assert.Contains("tierToCool", actions.Select(a => a.Key));
            Assert.Contains("tierToCold", actions.Select(a => a.Key));
            Assert.DoesNotContain("delete", actions.Select(a => a.Key));
        }

        Assert.True((int)Main.ParameterDefault("archiveCoolAfterDays") < (int)Main.ParameterDefault("archiveColdAfterDays"));
    }

    [Theory]
    [InlineData("inbox")]
    [InlineData("mail-inbox")]
    [InlineData("bank")]
    [InlineData("quarantine")]
    [InlineData("exports")]
    [InlineData("templates")]
    public void Containers_PipelineContainer_IsCreated(string container)
    {
        var names = Main.Variable("containerNames").AsArray().Select(n => (string)n!);

        Assert.Contains(container, names);
        Assert.Equal("[variables('containerNames')]", (string?)Main.ModuleArgument("storage", "containerNames"));
    }

    [Fact]
    public void Containers_EventSources_AreCreated()
    {
        var names = Main.Variable("containerNames").AsArray().Select(n => (string)n!).ToHashSet();
        var sources = Main.Variable("eventSourceContainerNames").AsArray().Select(n => (string)n!);

        Assert.Subset(names, sources.ToHashSet());
    }

    [Theory]
    [InlineData("blob-events")]
    [InlineData("issue-validate")]
    [InlineData("issue-number")]
    [InlineData("issue-render")]
    [InlineData("issue-archive")]
    [InlineData("issue-record")]
    [InlineData("invoice-delivery")]
    [InlineData("dunning-signals")]
    public void Queues_PipelineStage_IsCreatedWithPoisonPair(string queue)
    {
        var stages = Main.ParameterDefault("pipelineQueueNames").AsArray().Select(n => (string)n!);
        Assert.Contains(queue, stages);

        // queueNames = each stage and '<stage>-poison'.
        Assert.Equal(
            "[flatten(map(union(parameters('pipelineQueueNames'), createArray(variables('blobEventsQueueName'))), lambda('q', createArray(lambdaVariables('q'), format('{0}-poison', lambdaVariables('q'))))))]",
            (string?)Main.Variable("queueNames"));
    }
}
