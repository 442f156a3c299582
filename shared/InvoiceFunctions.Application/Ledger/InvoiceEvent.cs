namespace InvoiceFunctions.Application.Ledger;

/// <summary>One entry of an invoice's append-only history.</summary>
/// <param name="Sequence">1, 2, 3... per invoice, without gaps.</param>
/// <param name="Actor">The principal (or "system") that caused it.</param>
public sealed record InvoiceEvent(int Sequence, InvoiceEventType Type, DateTimeOffset At, InvoiceStatus StatusAfter, string Actor, string? Detail);
