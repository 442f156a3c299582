using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Contacts;

/// <summary>A customer or supplier of a company.</summary>
/// <param name="LegalId">Legal registration identifier (BT-30 / BT-47), e.g. a SIREN.</param>
/// <param name="VatId">VAT identifier (BT-31 / BT-48).</param>
/// <param name="Email">Electronic address for delivery (BT-49 when a buyer).</param>
/// <param name="CcEmails">More addresses that get a copy of each invoice mail (an accounts payable mailbox...).</param>
/// <param name="Version">The stored version (the table's ETag) when read: the ETag of GET, the If-Match of PUT.</param>
/// <param name="Address">Postal address (BG-8 for a buyer); its country is <paramref name="CountryCode"/>.</param>
public sealed record Party(
    CompanyId Company,
    string Id,
    PartyRole Role,
    string Name,
    string? LegalId,
    string? VatId,
    string? Email,
    string CountryCode,
    DateTimeOffset CreatedAt,
    PostalAddress? Address = null,
    BillingPreferences? Preferences = null,
    IReadOnlyList<string>? CcEmails = null,
    string? Version = null);
