namespace InvoiceFunctions.Application.Companies;

/// <summary>A company using the service (a tenant): the seller (BG-4) of its sales invoices, the buyer (BG-7) of its purchases.</summary>
/// <param name="Name">Legal name, BT-27 on its sales invoices.</param>
/// <param name="Siren">French SIREN (9 digits), the legal registration identifier BT-30 with scheme 0002.</param>
/// <param name="VatId">VAT identifier, BT-31.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country of the seller address, BT-40.</param>
public sealed record Company(CompanyId Id, string Name, string? Siren, string? VatId, string CountryCode, DateTimeOffset CreatedAt);
