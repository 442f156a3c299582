using System.Security.Cryptography;
using System.Text;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Intake;

/// <summary>
/// Who is who in an incoming invoice (pure): whether the company is its seller or its buyer, which contact the other
/// party is, and the contact to create when it is new. Parties are compared by VAT id, then SIREN (a SIRET's first 9
/// digits), then, when neither side has an identifier, by name.
/// </summary>
public static class IntakeParties
{
    public static InvoiceDirection? DirectionOf(Company company, Invoice invoice) =>
        IsCompany(company, invoice.Seller) ? InvoiceDirection.Sales
        : IsCompany(company, invoice.Buyer) ? InvoiceDirection.Purchase
        : null;

    public static bool Matches(Party contact, TradeParty party)
    {
        if (Vat(contact.VatId) is { } vat && Vat(party.VatId) is { } other)
        {
            return vat == other;
        }

        if (Siren(contact.LegalId) is { } siren && SirenOf(party) is { } otherSiren)
        {
            return siren == otherSiren;
        }

        return Vat(contact.VatId) is null && Siren(contact.LegalId) is null && Vat(party.VatId) is null && SirenOf(party) is null
            && string.Equals(Name(contact.Name), Name(party.Name), StringComparison.Ordinal);
    }

    /// <summary>The contact to add for a party seen for the first time; its id is derived from the party, so two imports racing add one.</summary>
    public static NewParty NewContact(TradeParty party, PartyRole role, string fallbackCountry)
    {
        var country = party.Address?.CountryCode ?? (Vat(party.VatId) is { Length: > 2 } vat && char.IsAsciiLetter(vat[0]) && char.IsAsciiLetter(vat[1]) ? vat[..2] : fallbackCountry);
        var email = party.ElectronicAddress is { SchemeId: "EM" } address && address.Value.Contains('@', StringComparison.Ordinal) ? address.Value : null;
        return new NewParty(ContactId(party), role, Trim(party.Name, 200), SirenOf(party) ?? party.LegalRegistrationId?.Value, party.VatId, email, country, party.Address);
    }

    /// <summary>The seller's identifier for the duplicate fingerprint of a purchase invoice.</summary>
    public static string SellerKey(TradeParty seller) => Vat(seller.VatId) ?? SirenOf(seller) ?? "name:" + Name(seller.Name);

    private static bool IsCompany(Company company, TradeParty party) =>
        (Vat(company.VatId) is { } vat && vat == Vat(party.VatId)) || (Siren(company.Siren) is { } siren && siren == SirenOf(party));

    private static string ContactId(TradeParty party)
    {
        var slug = new StringBuilder();
        foreach (var c in Name(party.Name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var stem = slug.ToString().Trim('-');
        var key = Vat(party.VatId) ?? SirenOf(party) ?? Name(party.Name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        return $"{(stem.Length == 0 ? "party" : stem[..Math.Min(stem.Length, 40)])}-{hash}";
    }

    private static string? SirenOf(TradeParty party) =>
        new[] { party.LegalRegistrationId }.Concat(party.Identifiers).Select(i => Siren(i?.Value)).FirstOrDefault(s => s is not null);

    private static string? Siren(string? value)
    {
        var digits = value is null ? "" : new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is 9 or 14 && value!.All(c => char.IsAsciiDigit(c) || c == ' ') ? digits[..9] : null;
    }

    private static string? Vat(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();

    private static string Name(string? value) =>
        string.Join(' ', (value ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Trim(string value, int max) => value.Trim().Length <= max ? value.Trim() : value.Trim()[..max];
}
