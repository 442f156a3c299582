using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery.Connectors;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Rendering.Localization;
using InvoiceFunctions.Rendering.Postal;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The address sheet of a print batch as a PDF (<see cref="AddressSheetRenderer"/>): the company's name and billing
/// address as the return address, the customer's postal address in the envelope window, in the customer's language.
/// </summary>
public sealed class PostalAddressSheets(ICompanyStore companies, BillingProfileService profiles)
{
    /// <param name="createdAt">The PDF's date: the attempt's, so a retry writes the same bytes.</param>
    public async Task<ExportFile> BuildAsync(LedgerInvoice invoice, Party customer, string fileName, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var company = await companies.FindAsync(invoice.Company, cancellationToken) ?? throw new CompanyNotFoundException(invoice.Company);
        var profile = await profiles.GetAsync(invoice.Company, cancellationToken);
        var language = DeliveryLanguage.For(customer) == "fr" ? DocumentLanguage.French : DocumentLanguage.English;
        var sheet = new AddressSheet(
            company.Name, profile.Address, profile.Address?.CountryCode ?? company.CountryCode, customer.Name, customer.Address!, customer.CountryCode,
            invoice.Number ?? invoice.Id, invoice.IssueDate ?? DateOnly.FromDateTime(createdAt.UtcDateTime), language);
        return new ExportFile(ConnectorFormat.Pdf, fileName, "application/pdf", AddressSheetRenderer.Render(sheet, createdAt));
    }
}
