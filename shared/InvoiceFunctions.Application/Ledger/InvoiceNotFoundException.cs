namespace InvoiceFunctions.Application.Ledger;

/// <summary>The company has no invoice with this id.</summary>
public sealed class InvoiceNotFoundException(string invoiceId) : Exception($"Invoice '{invoiceId}' was not found.")
{
    public string InvoiceId { get; } = invoiceId;
}
