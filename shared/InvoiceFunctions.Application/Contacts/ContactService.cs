using InvoiceFunctions.Application.Companies;
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
        return await store.TryAddAsync(party, cancellationToken) ? party : throw new ResourceExistsException("Contact", party.Id);
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
    public async Task<Party> ReplaceAsync(CompanyId company, string id, ContactUpdate update, CancellationToken cancellationToken)
    {
        var current = await GetAsync(company, id, cancellationToken);

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

        var party = ToParty(company, request, current.CreatedAt);
        await store.ReplaceAsync(party, cancellationToken);
        return party;
    }

    public Task<ResultPage<Party>> ListAsync(CompanyId company, PartyRole? role, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, role, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);

    private static Party ToParty(CompanyId company, NewParty request, DateTimeOffset createdAt) => new(
        company, request.Id!, request.Role, request.Name!.Trim(), request.LegalId, request.VatId, request.Email?.Trim(), request.CountryCode!, createdAt,
        request.Address is { } address ? address with { CountryCode = request.CountryCode } : null, request.Preferences,
        request.CcEmails is { Count: > 0 } copies ? [.. copies.Select(c => c.Trim())] : null);
}
