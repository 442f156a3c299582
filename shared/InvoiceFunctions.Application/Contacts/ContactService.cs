using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>Adds and lists a company's customers and suppliers.</summary>
public sealed class ContactService(IPartyStore store, TimeProvider time)
{
    public async Task<Party> AddAsync(CompanyId company, NewParty request, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var party = new Party(company, request.Id!, request.Role, request.Name!.Trim(), request.LegalId, request.VatId, request.Email, request.CountryCode!, time.GetUtcNow(),
            request.Address is { } address ? address with { CountryCode = request.CountryCode } : null, request.Preferences);
        return await store.TryAddAsync(party, cancellationToken) ? party : throw new ResourceExistsException("Contact", party.Id);
    }

    public Task<ResultPage<Party>> ListAsync(CompanyId company, PartyRole? role, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        store.ListAsync(company, role, Math.Clamp(pageSize, 1, 1000), continuation, cancellationToken);
}
