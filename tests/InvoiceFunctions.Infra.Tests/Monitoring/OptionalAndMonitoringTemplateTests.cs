using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.Monitoring;

public sealed class OptionalAndMonitoringTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    [Fact]
    public void Alerts_PoisonMessagesAndFailedOrchestrations_AreWatched()
    {
        var template = Main.ModuleTemplate("alerts");
        var rules = template["variables"]!["rules"]!.AsArray();
        var alerts = Assert.Single(CompiledTemplate.ResourcesOfType(template, "Microsoft.Insights/scheduledQueryRules"));

        Assert.Contains(rules, r => ((string)r!["query"]!).Contains("-poison", StringComparison.Ordinal));
        Assert.Contains(rules, r => ((string)r!["query"]!).Contains("\"Failed\"", StringComparison.Ordinal));
        Assert.Equal("[length(variables('rules'))]", (string?)alerts["copy"]!["count"]);
        Assert.Equal("[reference('monitoring').outputs.applicationInsightsId.value]", (string?)Main.ModuleArgument("alerts", "applicationInsightsId"));
    }

    [Fact]
    public void ServiceBus_OffByDefault_NoLocalAuth_AppMaySend()
    {
        var namespaceResource = Main.SingleOfType("serviceBus", "Microsoft.ServiceBus/namespaces");
        var role = Main.SingleOfType("serviceBus", "Microsoft.Authorization/roleAssignments");

        Assert.False((bool)Main.ParameterDefault("enableServiceBus"));
        Assert.Equal("[parameters('enableServiceBus')]", (string?)Main.Module("serviceBus")["condition"]);
        Assert.True((bool)namespaceResource["properties"]!["disableLocalAuth"]!);
        Assert.Contains("serviceBusDataSenderRoleId", (string?)role["properties"]!["roleDefinitionId"], StringComparison.Ordinal);
        Assert.Equal("reference('serviceBus').outputs.fullyQualifiedNamespace.value", AppSettings.All["ServiceBus__FullyQualifiedNamespace"]);
    }

    [Fact]
    public void KeyVault_Secrets_WrittenOnlyWhenAValueIsGiven()
    {
        var secrets = Main.SingleOfType("keyVault", "Microsoft.KeyVault/vaults/secrets");

        Assert.Equal("[not(empty(items(parameters('secretValues'))[copyIndex()].value))]", (string?)secrets["condition"]);
        Assert.Equal("secureObject", (string?)Main.ModuleTemplate("keyVault")["parameters"]!["secretValues"]!["type"]);
    }
}
