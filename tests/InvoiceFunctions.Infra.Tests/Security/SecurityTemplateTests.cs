using System.Text.RegularExpressions;
using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.Security;

public sealed partial class SecurityTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    [Theory]
    [InlineData("listKeys(")]
    [InlineData("listConnectionStrings(")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessKey")]
    [InlineData("SharedAccessSignature")]
    public void Template_NeverReadsOrWritesKeys(string marker)
    {
        Assert.DoesNotContain(marker, Main.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AppSettings_NoConnectionStringWithKey()
    {
        foreach (var (name, value) in AppSettings.All)
        {
            Assert.DoesNotContain("AccountKey", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("listKeys", value, StringComparison.OrdinalIgnoreCase);
            if (name.EndsWith("CONNECTION_STRING", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase))
            {
                // Application Insights' ingestion string is not a credential here (local auth is off);
                // the Durable Task Scheduler's names the managed identity.
                Assert.True(
                    name == "APPLICATIONINSIGHTS_CONNECTION_STRING" || value.Contains("Authentication=ManagedIdentity;ClientID=", StringComparison.Ordinal),
                    $"{name} may carry a key: {value}");
            }
        }
    }

    [Fact]
    public void AppSettings_Secrets_AreKeyVaultReferences()
    {
        var secretLike = AppSettings.All.Keys.Where(k => SecretName().IsMatch(k)).ToList();

        Assert.NotEmpty(secretLike);
        foreach (var name in secretLike)
        {
            Assert.False(AppSettings.KeyVaultSecretName(name) is null, $"{name} is not a Key Vault reference");
        }

        var function = Main.Root["functions"]!.ToJsonString();
        Assert.Contains("@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)", function, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyVault_IsRbacMode()
    {
        var vault = Main.SingleOfType("keyVault", "Microsoft.KeyVault/vaults");

        Assert.True((bool)vault["properties"]!["enableRbacAuthorization"]!);
        Assert.True((bool)vault["properties"]!["enableSoftDelete"]!);
    }

    [Fact]
    public void RoleAssignments_HaveDeterministicGuidNames()
    {
        var assignments = Main.AllResources()
            .Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments")
            .ToList();

        Assert.True(assignments.Count >= 8, $"only {assignments.Count} role assignments");
        Assert.All(assignments, a => Assert.StartsWith("[guid(", (string?)a["name"], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    public void AppIdentity_HasDurableStorageRole(string roleId)
    {
        Assert.Contains(roleId, Main.Variable("storageDataRoleIds").ToJsonString() + Main.Root["variables"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("[variables('storageDataRoleIds')]", (string?)Main.ModuleArgument("appStorageRoles", "roleDefinitionIds"));
        Assert.Equal("[reference('identity').outputs.principalId.value]", (string?)Main.ModuleArgument("appStorageRoles", "principalId"));
    }

    [Fact]
    public void Outputs_AreUpperSnakeCase()
    {
        var outputs = Main.Root["outputs"]!.AsObject().Select(o => o.Key).ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Matches(UpperSnake(), o));
    }

    [Fact]
    public void ResourceGroup_CarriesAzdEnvNameTag()
    {
        Assert.Equal("[parameters('environmentName')]", (string?)Main.Variable("tags")["azd-env-name"]);
    }

    [GeneratedRegex("(?i)(password|secret|apikey|signingkey|pepper)")]
    private static partial Regex SecretName();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperSnake();
}
