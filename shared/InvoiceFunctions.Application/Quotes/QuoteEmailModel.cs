using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Delivery;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>
/// The fields a quote mail's template sees, formatted for its language: <c>quote.number, validUntil, currency,
/// totalWithoutVat, vat, total, acceptLink, conditions</c>, and <c>customer.*</c>, <c>company.*</c> as in invoice mails.
/// </summary>
public static class QuoteEmailModel
{
    public static IReadOnlyDictionary<string, object> For(Quote quote, Party customer, Company company, string language, string acceptLink)
    {
        string Money(decimal amount) => EmailTemplateModel.FormatMoney(amount, quote.Amounts.Currency, language);
        return new Dictionary<string, object>(EmailTemplateModel.PartiesOf(customer, company))
        {
            ["quote"] = new Dictionary<string, object>
            {
                ["id"] = quote.Id,
                ["number"] = quote.Number ?? "",
                ["validUntil"] = EmailTemplateModel.FormatDate(quote.ValidUntil, language),
                ["currency"] = quote.Amounts.Currency,
                ["totalWithoutVat"] = Money(quote.Amounts.TaxExclusive),
                ["vat"] = Money(quote.Amounts.Tax),
                ["total"] = Money(quote.Amounts.TaxInclusive),
                ["acceptLink"] = acceptLink,
                ["conditions"] = quote.Conditions ?? "",
            },
        };
    }
}
