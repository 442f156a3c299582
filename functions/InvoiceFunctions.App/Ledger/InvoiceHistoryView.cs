using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.App.Ledger;

/// <summary>An invoice's append-only event history, oldest first (whole, never paged).</summary>
public sealed record InvoiceHistoryView(IReadOnlyList<InvoiceEvent> Items);
