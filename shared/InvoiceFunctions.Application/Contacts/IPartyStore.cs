using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>A company's customers and suppliers.</summary>
public interface IPartyStore
{
    /// <returns>The stored version (for a later If-Match), or null when the company already has a contact with that id (nothing is overwritten).</returns>
    Task<string?> TryAddAsync(Party party, CancellationToken cancellationToken);

    Task<Party?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken);

    /// <summary>Replaces the contact's e-mail address (BT-49), e.g. corrected after a bounce.</summary>
    /// <exception cref="ResourceNotFoundException">No such contact.</exception>
    Task UpdateEmailAsync(CompanyId company, string id, string email, CancellationToken cancellationToken);

    /// <summary>Replaces the stored contact (same company and id) with <paramref name="party"/>, only if it is still at <see cref="Party.Version"/> when that is set.</summary>
    /// <returns>The new version.</returns>
    /// <exception cref="ResourceNotFoundException">No such contact.</exception>
    /// <exception cref="Issuing.PreconditionFailedException">The contact changed since that version was read.</exception>
    Task<string> ReplaceAsync(Party party, CancellationToken cancellationToken);

    /// <summary>Replaces the contact's preferences (payment days, language, format, dunning).</summary>
    /// <exception cref="ResourceNotFoundException">No such contact.</exception>
    Task UpdatePreferencesAsync(CompanyId company, string id, BillingPreferences preferences, CancellationToken cancellationToken);

    Task<ResultPage<Party>> ListAsync(CompanyId company, PartyRole? role, int pageSize, string? continuation, CancellationToken cancellationToken);
}
