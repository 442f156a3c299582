namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// A subscription's new content (PUT, every field; one left out is cleared or takes its default): the customer,
/// currency, lines with their price changes, end (last day or number of periods), payment days and whether its invoices
/// are sent. The schedule,
/// start and timing stay as created (a new rhythm is a new subscription). It applies to the periods not yet invoiced.
/// </summary>
public sealed record SubscriptionUpdate(
    string? CustomerId,
    string? Currency,
    IReadOnlyList<SubscriptionLine>? Lines,
    DateOnly? LastDay = null,
    int? MaxPeriods = null,
    int PaymentDays = 30,
    bool Send = true);
