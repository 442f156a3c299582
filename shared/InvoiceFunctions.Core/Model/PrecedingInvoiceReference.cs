namespace InvoiceFunctions.Core.Model;

/// <summary>Preceding invoice reference (BG-3), required on credit notes and corrective invoices by the French profile.</summary>
/// <param name="Number">Preceding invoice reference (BT-25).</param>
/// <param name="IssueDate">Preceding invoice issue date (BT-26).</param>
public sealed record PrecedingInvoiceReference(string Number, DateOnly? IssueDate = null);
