using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>Adds, reads, edits and lists a company's customers and suppliers.</summary>
public sealed class ContactService(IPartyStore store, TimeProvider time)
{
    public async Task<Party> AddAsync(CompanyId company, NewParty request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var party = ToParty(company, request, time.GetUtcNow());
        return await store.TryAddAsync(party, cancellationToken) is { } version
            ? party with { Version = version }
            : throw new ResourceExistsException("Contact", party.Id);
    }

    /// <exception cref="ResourceNotFoundException">No such contact.</exception>
    public async Task<Party> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(company, id, cancellationToken) ?? throw new ResourceNotFoundException("Contact", id);

    /// <summary>
    /// Replaces the contact's details. Idempotent: the same update again gives the same contact. Invoices already issued
    /// keep the buyer they were issued to; deliveries from now on (mails, re-sends, the postal fallback) use the new details.
    /// </summary>
    /// <exception cref="LedgerValidationException">Every invalid field.</exception>
    /// <exception cref="ResourceNotFoundException">No such contact.</exception>
    /// <param name="ifMatch">The version the caller read (GET's ETag), or "*" to replace whatever is stored; null is refused.</param>
    /// <exception cref="PreconditionRequiredException">No If-Match.</exception>
    /// <exception cref="PreconditionFailedException">The contact changed since the caller read it.</exception>
    public async Task<Party> ReplaceAsync(CompanyId company, string id, ContactUpdate update, string? ifMatch, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new PreconditionRequiredException($"Contact '{id}'");
        }

        var current = await GetAsync(company, id, cancellationToken);
        var version = ifMatch.Trim() == "*" ? null : ifMatch.Trim();
        if (version is not null && version != current.Version)
        {
            throw new PreconditionFailedException($"Contact '{id}'");
        }

        // The customer's dunning terms have their own route (PUT .../contacts/{id}/dunning): a contact edit that does
        // not mention them keeps them rather than switching the customer back to the company's policy.
        var preferences = current.Preferences?.Dunning is { } dunning && update.Preferences?.Dunning is null
            ? (update.Preferences ?? new BillingPreferences()) with { Dunning = dunning }
            : update.Preferences;
        var request = new NewParty(id, current.Role, update.Name, update.LegalId, update.VatId, update.Email, update.CountryCode, update.Address, preferences, update.CcEmails);
        var errors = request.Validate(strictEmail: true);
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        // The write is conditional on the version read here (or the caller's): a change in between is a 412, not a lost update.
        var party = ToParty(company, request, current.CreatedAt) with { Version = version ?? current.Version };
        return party with { Version = await store.ReplaceAsync(party, cancellationToken) };
    }

    public Task<ResultPage<Party>> ListAsync(CompanyId company, PartyRole? role, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, role, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    private static Party ToParty(CompanyId company, NewParty request, DateTimeOffset createdAt) => new(
        company, request.Id!, request.Role, request.Name!.Trim(), request.LegalId, request.VatId, request.Email?.Trim(), request.CountryCode!, createdAt,
        request.Address is { } address ? address with { CountryCode = request.CountryCode } : null, request.Preferences,
        request.CcEmails is { Count: > 0 } copies ? [.. copies.Select(c => c.Trim())] : null);
}
