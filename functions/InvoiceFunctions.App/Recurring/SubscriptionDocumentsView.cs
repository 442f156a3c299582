using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.App.Recurring;

/// <summary>A subscription's invoices and credit notes.</summary>
public sealed record SubscriptionDocumentsView(string SubscriptionId, IReadOnlyList<SubscriptionDocument> Items);
