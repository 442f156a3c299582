using System.Text.Json.Serialization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Application.Recurring;

/// <param name="CancelledOn">The company-local day a cancellation "now" took effect (the first day not billed).</param>
/// <param name="CreditNoteId">The credit note of the unused days of the period running at that cancellation, if it had been invoiced.</param>
/// <param name="PausedAt">When a billing failure paused it (null when the company paused it): the key of the company's alert.</param>
/// <param name="PauseAlerted">Whether that alert was claimed (set before the mail leaves, so a retried run never sends a second).</param>
/// <param name="Send">Whether its invoices go to the customer once issued (e-mail, connectors, postal); false: issued, archived and recorded only.</param>
/// <summary>
/// A customer's subscription: what it bills (lines, currency), when (terms), and how far billing has got:
/// <see cref="LastInvoicedStart"/> is the start of the last period invoiced, <see cref="NextInvoiceDate"/> the
/// invoice date of the next one (null once ended): the index the billing runs query. <see cref="Version"/> is the
/// stored row's ETag (not part of the stored body): an update made from an older read is refused.
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
    DateTimeOffset CreatedAt,
    DateOnly? CancelledOn = null,
    string? CreditNoteId = null,
    DateTimeOffset? PausedAt = null,
    bool PauseAlerted = false,
    bool Send = true,
    [property: JsonIgnore] string? Version = null);
