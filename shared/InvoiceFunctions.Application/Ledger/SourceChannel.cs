namespace InvoiceFunctions.Application.Ledger;

/// <summary>The door an invoice came in through.</summary>
public enum SourceChannel
{
    Api,
    Upload,
    Email,
    Webhook,
    Recurring,
}
