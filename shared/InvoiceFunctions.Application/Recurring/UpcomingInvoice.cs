using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>A coming invoice of a subscription: its period (BG-14), date, the lines it will carry (at the prices in force then) and its net total (BT-109).</summary>
public sealed record UpcomingInvoice(int Sequence, DateOnly Start, DateOnly LastDay, DateOnly InvoiceDate, bool IsPartial, IReadOnlyList<DraftLine> Lines, decimal NetAmount);
