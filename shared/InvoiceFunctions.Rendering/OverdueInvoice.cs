namespace InvoiceFunctions.Rendering;

/// <summary>One overdue invoice listed on a payment reminder: what remains due on it (after payments and credit notes).</summary>
public sealed record OverdueInvoice(string Number, DateOnly IssueDate, DateOnly DueDate, decimal AmountDue);
