namespace InvoiceFunctions.Application.Ledger;

/// <summary>The invoice's status does not allow this change (issuing an issued invoice, paying a cancelled one...).</summary>
public sealed class InvoiceStateException(string invoiceId, InvoiceStatus status, string action)
    : Exception($"Invoice '{invoiceId}' is {status}: it cannot be {action}.")
{
    public string InvoiceId { get; } = invoiceId;

    public InvoiceStatus Status { get; } = status;

    public string Action { get; } = action;
}
