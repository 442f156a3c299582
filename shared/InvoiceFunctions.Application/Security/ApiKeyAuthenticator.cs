namespace InvoiceFunctions.Application.Security;

/// <summary>Turns a presented API key into the calling tenant, or null when the key is malformed, unknown, revoked or wrong.</summary>
public sealed class ApiKeyAuthenticator(IApiKeyStore keys, ApiKeyHasher hasher)
{
    public async Task<TenantPrincipal?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var secret))
        {
            return null;
        }

        var key = await keys.FindAsync(secret.KeyId, cancellationToken);
        return key is { RevokedAt: null } && hasher.Matches(secret.Secret, key.SecretHash)
            ? new TenantPrincipal(key.Company, key.KeyId, key.Role)
            : null;
    }
}
