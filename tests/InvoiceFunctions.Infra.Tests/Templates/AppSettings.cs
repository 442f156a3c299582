namespace InvoiceFunctions.Infra.Tests.Templates;

/// <summary>The function app's app settings as main.bicep passes them to the functionapp module.</summary>
public static class AppSettings
{
    /// <summary>Setting name -> ARM expression of its value (string literals keep their quotes).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } =
        ArmExpression.CreateObjects((string)CompiledTemplate.MainTemplate.ModuleArgument("functionApp", "appSettings")!);

    /// <summary>The Key Vault secret name a setting refers to, or null when it is not a Key Vault reference.</summary>
    public static string? KeyVaultSecretName(string setting)
    {
        var value = All[setting];
        return value.StartsWith("__bicep.kvRef(", StringComparison.Ordinal)
            ? ArmExpression.Unquote(ArmExpression.Arguments(value, "__bicep.kvRef")[1])
            : null;
    }
}
