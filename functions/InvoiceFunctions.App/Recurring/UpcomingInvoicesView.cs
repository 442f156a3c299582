using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A subscription's coming invoices.</summary>
public sealed record UpcomingInvoicesView(string SubscriptionId, IReadOnlyList<UpcomingInvoice> Invoices);
