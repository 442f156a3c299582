using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Companies;

/// <summary>A newly issued API key as the API shows it: <see cref="Key"/> is the secret, shown this once.</summary>
public sealed record IssuedApiKeyView(string KeyId, string Key, string PrincipalId, string Name, string Company, CompanyRole Role, DateTimeOffset CreatedAt)
{
    public static IssuedApiKeyView From(IssuedApiKey key) => new(key.KeyId, key.Key, key.PrincipalId, key.Name, key.Company.Value, key.Role, key.CreatedAt);
}
