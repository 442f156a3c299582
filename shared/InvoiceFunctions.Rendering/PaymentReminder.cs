using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering;

/// <summary>A payment reminder (relance) to one customer: its overdue invoices and how to pay them.</summary>
/// <param name="Number">The reminder's own reference, printed in the header and used for the QR code's text when the payment instructions give no reference.</param>
/// <param name="IssueDate">The reminder's date; days late are counted to it.</param>
/// <param name="Payment">The seller's account and the remittance reference (an RF reference goes into the EPC QR code's structured field).</param>
public sealed record PaymentReminder(
    string Number,
    DateOnly IssueDate,
    string CurrencyCode,
    TradeParty Seller,
    TradeParty Buyer,
    IReadOnlyList<OverdueInvoice> Invoices,
    PaymentInstructions? Payment = null,
    IReadOnlyList<string>? Notes = null);
