namespace InvoiceFunctions.Application.Security;

/// <summary>A stored API key: its public id, the principal it names and the HMAC of its secret (never the secret).</summary>
public sealed record ApiKey(string KeyId, string PrincipalId, string Name, byte[] SecretHash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
