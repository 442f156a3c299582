using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Quotes;

/// <summary>A quote (devis): the lines and terms offered to a customer, valid until a date; accepted, it becomes an order.</summary>
/// <param name="Number">Given when sent, from the quote series (D-{year}-{n}).</param>
/// <param name="Content">Customer, lines (catalogue prices frozen when drafted), references, as for an invoice draft.</param>
/// <param name="Decision">Who accepted or declined, and how (api:{principal} or link).</param>
/// <param name="Logo">SHA-256 of the logo frozen when it was sent (<see cref="Issuing.IssueSnapshot.NoLogo"/>: none): its PDF always draws that one.</param>
/// <param name="Mail">The mail that took it to the customer, once sent.</param>
public sealed record Quote(
    CompanyId Company,
    string Id,
    string? Number,
    QuoteStatus Status,
    InvoiceDraft Content,
    DateOnly ValidUntil,
    string? Conditions,
    InvoiceAmounts Amounts,
    string? OrderId,
    string? Decision,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Version = null,
    string? Logo = null,
    QuoteMail? Mail = null)
{
    /// <summary>The status as of <paramref name="today"/>: a sent quote past its validity is expired.</summary>
    public QuoteStatus StatusOn(DateOnly today) => Status == QuoteStatus.Sent && today > ValidUntil ? QuoteStatus.Expired : Status;
}
