using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// The fields a template sees, formatted for its language before rendering (templates never compute):
/// <c>invoice.number, issueDate, dueDate, currency, totalWithoutVat, vat, total, amountDue</c>,
/// <c>customer.name, email</c>, <c>company.name, siren, vatId</c>, <c>delivery.acknowledgeUrl</c> (the receiver's
/// "confirm receipt" link; appended after the body when the template does not place it). Amounts are "1 234,56 EUR" in French, "1,234.56 EUR" in English.
/// </summary>
public static class EmailTemplateModel
{
    public static IReadOnlyDictionary<string, object> For(LedgerInvoice invoice, Party customer, Company company, string language, string? acknowledgeUrl = null)
    {
        var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
        var dateFormat = language == "fr" ? "dd/MM/yyyy" : "d MMMM yyyy";
        string Money(decimal amount) => amount.ToString("N2", culture) + " " + invoice.Amounts.Currency;
        string Date(DateOnly? date) => date?.ToString(dateFormat, culture) ?? "";
        return new Dictionary<string, object>
        {
            ["invoice"] = new Dictionary<string, object>
            {
                ["id"] = invoice.Id,
                ["number"] = invoice.Number ?? "",
                ["issueDate"] = Date(invoice.IssueDate),
                ["dueDate"] = Date(invoice.DueDate),
                ["currency"] = invoice.Amounts.Currency,
                ["totalWithoutVat"] = Money(invoice.Amounts.TaxExclusive),
                ["vat"] = Money(invoice.Amounts.Tax),
                ["total"] = Money(invoice.Amounts.TaxInclusive),
                ["amountDue"] = Money(invoice.Balance),
            },
            ["customer"] = new Dictionary<string, object> { ["name"] = customer.Name, ["email"] = customer.Email ?? "" },
            ["company"] = new Dictionary<string, object> { ["name"] = company.Name, ["siren"] = company.Siren ?? "", ["vatId"] = company.VatId ?? "" },
            ["delivery"] = new Dictionary<string, object> { ["acknowledgeUrl"] = acknowledgeUrl ?? "" },
        };
    }
}
