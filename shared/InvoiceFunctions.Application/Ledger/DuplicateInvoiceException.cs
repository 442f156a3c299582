namespace InvoiceFunctions.Application.Ledger;

/// <summary>An invoice with the same fingerprint (seller, number, date, total) is already in the ledger.</summary>
public sealed class DuplicateInvoiceException(string fingerprint, string existingInvoiceId)
    : Exception($"Invoice '{existingInvoiceId}' has the same seller, number, date and total.")
{
    public string Fingerprint { get; } = fingerprint;

    public string ExistingInvoiceId { get; } = existingInvoiceId;
}
