using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.FunctionApp;

public sealed class FunctionAppTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    [Fact]
    public void Plan_IsFlexConsumptionFc1()
    {
        var plan = Main.SingleOfType("functionApp", "Microsoft.Web/serverfarms");

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
    }

    [Fact]
    public void Site_Runtime_IsDotnetIsolated10()
    {
        var site = Main.SingleOfType("functionApp", "Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("blobContainer", (string?)config["deployment"]!["storage"]!["type"]);
    }

    [Fact]
    public void Site_Identity_IsUserAssigned_AndResolvesKeyVaultReferences()
    {
        var site = Main.SingleOfType("functionApp", "Microsoft.Web/sites");

        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.Equal("[parameters('identityId')]", (string?)site["properties"]!["keyVaultReferenceIdentity"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
    }

    [Fact]
    public void Site_Tags_CarryAzdServiceNameOfAzureYaml()
    {
        var site = Main.SingleOfType("functionApp", "Microsoft.Web/sites");
        var azureYaml = File.ReadAllLines(Path.Combine(Bicep.BicepCli.RepositoryRoot, "azure.yaml"));

        Assert.Equal("[union(parameters('tags'), createObject('azd-service-name', parameters('serviceName')))]", (string?)site["tags"]);
        var serviceName = (string)Main.Variable("serviceName")!;
        Assert.Contains(azureYaml, line => line.Trim() == $"{serviceName}:");
        Assert.Contains(azureYaml, line => line.Trim() == "host: function");
        Assert.Contains(azureYaml, line => line.Trim() == "language: dotnet-isolated");
        Assert.Contains(azureYaml, line => line.Trim() == "project: ./functions/InvoiceFunctions.App");
        Assert.True(Directory.Exists(Path.Combine(Bicep.BicepCli.RepositoryRoot, "functions", "InvoiceFunctions.App")));
    }

    [Theory]
    [InlineData("run: ./infra/hooks/postprovision.sh")]
    [InlineData("run: ./infra/hooks/postprovision.ps1")]
    public void AzureYaml_PostprovisionHook_ScriptExists(string runLine)
    {
        var azureYaml = File.ReadAllLines(Path.Combine(Bicep.BicepCli.RepositoryRoot, "azure.yaml"));

        Assert.Contains(azureYaml, line => line.Trim() == runLine);
        Assert.True(File.Exists(Path.Combine(Bicep.BicepCli.RepositoryRoot, runLine["run: ./".Length..])));
        // The hook creates the secret behind Security__ApiKeyPepper; Bicep writes it only from an explicit API_KEY_PEPPER.
        Assert.Equal("[parameters('apiKeyPepper')]", (string?)Main.ModuleArgument("keyVault", "secretValues")["api-key-pepper"]);
        Assert.Equal("api-key-pepper", AppSettings.KeyVaultSecretName("Security__ApiKeyPepper"));
    }

    [Fact]
    public void AppSettings_HostStorage_IsIdentityBased()
    {
        var settings = AppSettings.All;

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Equal("'managedidentity'", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("reference('identity').outputs.clientId.value", settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal("reference('storage').outputs.name.value", settings["AzureWebJobsStorage__accountName"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal($"reference('storage').outputs.{service}Endpoint.value", settings[$"AzureWebJobsStorage__{service}ServiceUri"]);
        }
    }

    [Fact]
    public void AppSettings_WorkerRuntime_ComesFromFunctionAppConfigOnFlex()
    {
        // Flex Consumption rejects these as app settings.
        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", AppSettings.All.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", AppSettings.All.Keys);
        Assert.DoesNotContain("WEBSITE_RUN_FROM_PACKAGE", AppSettings.All.Keys);
    }

    [Fact]
    public void AppSettings_DurableTaskHub_IsPerEnvironment()
    {
        Assert.Equal("variables('taskHubName')", AppSettings.All["AzureFunctionsJobHost__extensions__durableTask__hubName"]);
        Assert.Contains("parameters('environmentName')", (string?)Main.Variable("envToken"), StringComparison.Ordinal);
        Assert.Equal("string(parameters('durablePartitionCount'))", AppSettings.All["AzureFunctionsJobHost__extensions__durableTask__storageProvider__partitionCount"]);
    }

    [Fact]
    public void AppSettings_Telemetry_UsesEntraIdAuth()
    {
        Assert.Equal("reference('monitoring').outputs.connectionString.value", AppSettings.All["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("format('ClientId={0};Authorization=AAD', reference('identity').outputs.clientId.value)", AppSettings.All["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        var component = Main.SingleOfType("monitoring", "Microsoft.Insights/components");
        Assert.Equal("[parameters('disableLocalAuth')]", (string?)component["properties"]!["DisableLocalAuth"]);
        Assert.Equal("[parameters('applicationInsightsEntraOnly')]", (string?)Main.ModuleArgument("monitoring", "disableLocalAuth"));
        Assert.True((bool)Main.ParameterDefault("applicationInsightsEntraOnly"));
    }

    [Fact]
    public void DurableBackend_DefaultsToAzureStorage_SchedulerIsOptIn()
    {
        Assert.Equal("AzureStorage", (string?)Main.ParameterDefault("durableBackend"));
        Assert.Equal("[equals(parameters('durableBackend'), 'DurableTaskScheduler')]", (string?)Main.Module("durableTaskScheduler")["condition"]);
        Assert.Equal("'azureManaged'", AppSettings.All["AzureFunctionsJobHost__extensions__durableTask__storageProvider__type"]);
        Assert.Equal("variables('taskHubName')", AppSettings.All["TASKHUB_NAME"]);
    }
}
