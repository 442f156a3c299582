using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.App.Companies;

/// <summary>A company as the API shows it.</summary>
public sealed record CompanyView(string Id, string Name, string? Siren, string? VatId, string CountryCode, DateTimeOffset CreatedAt)
{
    public static CompanyView From(Company company) =>
        new(company.Id.Value, company.Name, company.Siren, company.VatId, company.CountryCode, company.CreatedAt);
}
