namespace InvoiceFunctions.Application.Intake.Batch;

/// <summary>
/// The JSON batch format for bulk import of sales invoices made elsewhere: <c>{"invoices": [...]}</c>, at most
/// <see cref="BatchExpander.MaxInvoices"/> per file (README "Intake", sample docs/samples/batch.json).
/// </summary>
public sealed record BatchFile(IReadOnlyList<BatchInvoice>? Invoices);
