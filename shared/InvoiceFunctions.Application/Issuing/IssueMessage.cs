namespace InvoiceFunctions.Application.Issuing;

/// <summary>The message every stage of the issue pipeline passes on: which invoice, of which company.</summary>
public sealed record IssueMessage(string Company, string InvoiceId);
