using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Rendering;

/// <summary>A payment reminder (relance) to one customer: its overdue invoices and how to pay them.</summary>
/// <param name="Number">The reminder's own reference, printed in the header and used for the QR code's text when the payment instructions give no reference.</param>
/// <param name="IssueDate">The reminder's date; days late are counted to it.</param>
/// <param name="Payment">The seller's account and the remittance reference (an RF reference goes into the EPC QR code's structured field).</param>
/// <param name="Level">Reminder, final reminder or formal notice: the title and opening paragraph.</param>
/// <param name="Fees">Late-payment fees claimed with it, listed under the invoices and counted in the total due.</param>
public sealed record PaymentReminder(
    string Number,
    DateOnly IssueDate,
    string CurrencyCode,
    TradeParty Seller,
    TradeParty Buyer,
    IReadOnlyList<OverdueInvoice> Invoices,
    PaymentInstructions? Payment = null,
    IReadOnlyList<string>? Notes = null,
    ReminderLevel Level = ReminderLevel.Reminder,
    IReadOnlyList<ReminderFee>? Fees = null)
{
    /// <summary>What the customer is asked to pay: the invoices' amounts due and the fees.</summary>
    public decimal TotalDue => Invoices.Sum(i => i.AmountDue) + (Fees ?? []).Sum(f => f.Amount);
}
