using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Quotes;

namespace InvoiceFunctions.App.Quotes;

/// <summary>A quote as the API shows it; the status is as of today (a sent quote past its validity reads Expired); the mail that took it to the customer.</summary>
public sealed record QuoteView(
    string Id, string? Number, QuoteStatus Status, string? CustomerId, DateOnly ValidUntil, string? Conditions, InvoiceAmounts Amounts, string? OrderId,
    string? Decision, InvoiceDraft Content, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, QuoteMail? Mail, string? AcceptLink = null)
{
    public static QuoteView From(Quote q, DateOnly today, string? acceptLink = null) => new(
        q.Id, q.Number, q.StatusOn(today), q.Content.CustomerId, q.ValidUntil, q.Conditions, q.Amounts, q.OrderId, q.Decision, q.Content, q.CreatedAt, q.UpdatedAt, q.Mail, acceptLink);
}
