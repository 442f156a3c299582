using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Intake;

/// <summary>Finds the contact an incoming invoice names (customer of a sale, supplier of a purchase), or adds it.</summary>
public sealed class IntakeCounterparties(IPartyStore parties, TimeProvider time)
{
    private const int PageSize = 500;

    public async Task<Party> FindOrAddAsync(Company company, InvoiceDirection direction, TradeParty party, CancellationToken cancellationToken)
    {
        var role = direction == InvoiceDirection.Sales ? PartyRole.Customer : PartyRole.Supplier;
        string? continuation = null;
        do
        {
            var page = await parties.ListAsync(company.Id, role, PageSize, continuation, cancellationToken);
            if (page.Items.FirstOrDefault(p => IntakeParties.Matches(p, party)) is { } known)
            {
                return known;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        var request = IntakeParties.NewContact(party, role, company.CountryCode);
        var added = new Party(company.Id, request.Id!, role, request.Name!, request.LegalId, request.VatId, request.Email, request.CountryCode!, time.GetUtcNow(), request.Address);
        // The id comes from the party's identifiers: an import racing this one adds the same contact, and one of them finds it.
        return await parties.TryAddAsync(added, cancellationToken) is { } version
            ? added with { Version = version }
            : await parties.FindAsync(company.Id, added.Id, cancellationToken) ?? throw new InvalidOperationException($"Contact {added.Id} vanished.");
    }
}
