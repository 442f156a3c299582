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
        string Money(decimal amount) => FormatMoney(amount, invoice.Amounts.Currency, language);
        string Date(DateOnly? date) => FormatDate(date, language);
        return new Dictionary<string, object>(PartiesOf(customer, company))
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
            ["delivery"] = new Dictionary<string, object> { ["acknowledgeUrl"] = acknowledgeUrl ?? "" },
        };
    }

    /// <summary>"1 234,56 EUR" in French, "1,234.56 EUR" in English.</summary>
    public static string FormatMoney(decimal amount, string currency, string language) => amount.ToString("N2", Culture(language)) + " " + currency;

    /// <summary>"02/03/2026" in French, "2 March 2026" in English; empty for no date.</summary>
    public static string FormatDate(DateOnly? date, string language) => date?.ToString(language == "fr" ? "dd/MM/yyyy" : "d MMMM yyyy", Culture(language)) ?? "";

    /// <summary>The <c>customer</c> and <c>company</c> fields every template sees.</summary>
    public static IReadOnlyDictionary<string, object> PartiesOf(Party customer, Company company) => new Dictionary<string, object>
    {
        ["customer"] = new Dictionary<string, object> { ["name"] = customer.Name, ["email"] = customer.Email ?? "" },
        ["company"] = new Dictionary<string, object> { ["name"] = company.Name, ["siren"] = company.Siren ?? "", ["vatId"] = company.VatId ?? "" },
    };

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "fr" ? "fr-FR" : "en-GB");
}
