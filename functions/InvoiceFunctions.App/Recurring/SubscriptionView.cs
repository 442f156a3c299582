using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Recurring;
using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A subscription as the API shows it.</summary>
public sealed record SubscriptionView(
    string Id,
    string CustomerId,
    string Currency,
    IReadOnlyList<SubscriptionLine> Lines,
    BillingSchedule Schedule,
    DateOnly Start,
    DateOnly? LastDay,
    int? MaxPeriods,
    BillingTiming Timing,
    int PaymentDays,
    SubscriptionStatus Status,
    DateOnly? LastInvoicedStart,
    DateOnly? NextInvoiceDate,
    string? PausedReason,
    DateOnly? CancelledOn,
    string? CreditNoteId,
    DateTimeOffset? PausedAt,
    bool Send)
{
    /// <summary>200 with the subscription and its ETag (send it back as If-Match to replace it).</summary>
    public static ApiResponse Tagged(Subscription s) => ApiResponse.Ok(From(s)) with { ETag = s.Version };

    public static SubscriptionView From(Subscription s) => new(
        s.Id, s.CustomerId, s.Currency, s.Lines, s.Terms.Schedule, s.Terms.Start, s.Terms.LastDay, s.Terms.MaxPeriods, s.Terms.Timing,
        s.PaymentDays, s.Status, s.LastInvoicedStart, s.NextInvoiceDate, s.PausedReason, s.CancelledOn, s.CreditNoteId, s.PausedAt, s.Send);
}
