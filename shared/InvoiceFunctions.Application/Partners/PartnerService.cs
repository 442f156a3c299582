using System.Security.Cryptography;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Partners;

/// <summary>A company's partners: register one (its id and first secret), list them, rotate a secret.</summary>
public sealed class PartnerService(IPartnerStore store, PartnerSecrets secrets, TimeProvider time)
{
    /// <summary>How many secrets verify at once: the newest and the one before it.</summary>
    public const int SecretsInForce = 2;

    public async Task<PartnerCredentials> RegisterAsync(CompanyId company, string? name, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        LedgerIds.CheckText(name, "name", 100, errors);
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var partner = new Partner($"ptn-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10))}", company, name!.Trim(), [1], time.GetUtcNow());
        return await store.TryAddAsync(partner, cancellationToken) ? Credentials(partner) : throw new ResourceExistsException("Partner", partner.Id);
    }

    public Task<IReadOnlyList<Partner>> ListAsync(CompanyId company, CancellationToken cancellationToken) => store.ListAsync(company, cancellationToken);

    /// <summary>Adds a new secret; the previous one keeps verifying until the next rotation, so the partner can switch without a gap.</summary>
    public async Task<PartnerCredentials> RotateAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var partner = await GetAsync(company, id, cancellationToken);
        var rotated = partner with { SecretVersions = [.. partner.SecretVersions.TakeLast(SecretsInForce - 1), partner.SecretVersions[^1] + 1] };
        return await store.TryUpdateAsync(rotated, cancellationToken) ? Credentials(rotated) : throw new ConcurrencyConflictException($"Partner {id}", 1);
    }

    public async Task<Partner> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(id) ? await store.FindAsync(id, cancellationToken) : null) is { } found && found.Company == company
            ? found
            : throw new ResourceNotFoundException("Partner", id);

    private PartnerCredentials Credentials(Partner partner) =>
        new(partner.Id, partner.Name, secrets.SecretOf(partner.Id, partner.SecretVersions[^1]), partner.SecretVersions[^1], $"/api/webhooks/{partner.Id}");
}
