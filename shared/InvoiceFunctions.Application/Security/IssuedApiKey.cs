namespace InvoiceFunctions.Application.Security;

/// <summary>A key just issued: <see cref="Key"/> is the only time its secret is shown.</summary>
public sealed record IssuedApiKey(string KeyId, string Key, string Name, ApiKeyRole Role, DateTimeOffset CreatedAt);
