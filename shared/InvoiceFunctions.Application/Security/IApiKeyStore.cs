namespace InvoiceFunctions.Application.Security;

/// <summary>Where API keys are kept, found by their public key id.</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    Task<ApiKey?> FindAsync(string keyId, CancellationToken cancellationToken);
}
