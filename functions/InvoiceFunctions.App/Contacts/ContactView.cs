using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.App.Contacts;

/// <summary>A customer or supplier as the API shows it.</summary>
public sealed record ContactView(
    string Id, PartyRole Role, string Name, string? LegalId, string? VatId, string? Email, string CountryCode, DateTimeOffset CreatedAt, PostalAddress? Address, BillingPreferences? Preferences,
    IReadOnlyList<string> CcEmails)
{
    public static ContactView From(Party p) => new(p.Id, p.Role, p.Name, p.LegalId, p.VatId, p.Email, p.CountryCode, p.CreatedAt, p.Address, p.Preferences, p.CcEmails ?? []);
}
