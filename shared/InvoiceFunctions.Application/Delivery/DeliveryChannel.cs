namespace InvoiceFunctions.Application.Delivery;

/// <summary>How an invoice reaches its receiver (webhook, SFTP, HTTP export and postal fallback are to come).</summary>
public enum DeliveryChannel
{
    Email,
}
