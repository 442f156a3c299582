namespace InvoiceFunctions.Core.Dunning;

/// <summary>How a step reaches the customer (or the company's own system).</summary>
public enum DunningChannel
{
    Email,
    Webhook,
    Postal,
}
