namespace InvoiceFunctions.Application.Recurring;

/// <summary>
/// The record that a subscription period is being (or has been) invoiced: claimed before the invoice exists,
/// so that a retried or concurrent run never makes a second invoice for the period.
/// </summary>
public sealed record PeriodClaim(string SubscriptionId, DateOnly PeriodStart, string? InvoiceId, bool Issued);
