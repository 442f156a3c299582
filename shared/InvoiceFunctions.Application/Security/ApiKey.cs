using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Security;

/// <summary>A stored API key: its public id, company, role and the HMAC of its secret (never the secret).</summary>
public sealed record ApiKey(string KeyId, CompanyId Company, string Name, ApiKeyRole Role, byte[] SecretHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
