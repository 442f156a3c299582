using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// A customer's subscription: what it bills (lines, currency), when (terms), and how far billing has got:
/// <see cref="LastInvoicedStart"/> is the start of the last period invoiced, <see cref="NextInvoiceDate"/> the
/// invoice date of the next one (null once ended): the index the billing runs query.
/// </summary>
public sealed record Subscription(
    CompanyId Company,
    string Id,
    string CustomerId,
    string Currency,
    IReadOnlyList<SubscriptionLine> Lines,
    SubscriptionTerms Terms,
    int PaymentDays,
    SubscriptionStatus Status,
    DateOnly? LastInvoicedStart,
    DateOnly? NextInvoiceDate,
    string? PausedReason,
    DateTimeOffset CreatedAt);
