using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Application.Recurring;

/// <summary>One document of a subscription: the period it is for, invoice or credit note, and its state in the ledger (number and date once issued).</summary>
public sealed record SubscriptionDocument(
    DateOnly PeriodStart, PeriodDocument Kind, string InvoiceId, InvoiceStatus Status, string? Number, DateOnly? IssueDate, decimal TaxInclusive, string Currency);
