namespace InvoiceFunctions.Application.Security;

/// <summary>Turns a presented API key into the stored key (and so its principal), or null when the key is malformed, unknown, revoked or wrong.</summary>
public sealed class ApiKeyAuthenticator(IApiKeyStore keys, ApiKeyHasher hasher)
{
    public async Task<ApiKey?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecret.TryParse(presented, out var secret))
        {
            return null;
        }

        var key = await keys.FindAsync(secret.KeyId, cancellationToken);
        return key is { RevokedAt: null } && hasher.Matches(secret.Secret, key.SecretHash) ? key : null;
    }
}
