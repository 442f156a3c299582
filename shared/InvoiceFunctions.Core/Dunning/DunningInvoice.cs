namespace InvoiceFunctions.Core.Dunning;

/// <summary>What the plan needs to know of an invoice: its due date (BT-9), what is still due, and whether the buyer is a business.</summary>
public sealed record DunningInvoice(DateOnly DueDate, decimal AmountDue, string CurrencyCode, bool BusinessCustomer);
