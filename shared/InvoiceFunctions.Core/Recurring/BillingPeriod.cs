namespace InvoiceFunctions.Core.Recurring;

/// <summary>
/// One billed period: [<see cref="Start"/>, <see cref="EndExclusive"/>), invoiced on <see cref="InvoiceDate"/>.
/// On the invoice it is the invoicing period BG-14 (BT-73 = Start, BT-74 = <see cref="LastDay"/>).
/// </summary>
/// <param name="Sequence">1 for the first period of the subscription.</param>
/// <param name="IsPartial">True when the period is cut short by the start or end of the subscription (a prorated stub).</param>
public sealed record BillingPeriod(int Sequence, DateOnly Start, DateOnly EndExclusive, DateOnly InvoiceDate, bool IsPartial)
{
    /// <summary>BT-74, the last day covered (inclusive).</summary>
    public DateOnly LastDay => EndExclusive.AddDays(-1);

    public int Days => EndExclusive.DayNumber - Start.DayNumber;

    /// <summary>The idempotency key of the invoice for this period: one invoice per subscription and period start.</summary>
    public string InvoiceKey(string subscriptionId) => $"{subscriptionId}:{Start:yyyy-MM-dd}";
}
