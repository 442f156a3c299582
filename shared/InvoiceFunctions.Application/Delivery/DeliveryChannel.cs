namespace InvoiceFunctions.Application.Delivery;

/// <summary>How an invoice reaches its receiver: e-mail, one of the company's connectors, or the postal fallback.</summary>
public enum DeliveryChannel
{
    Email,

    /// <summary>A webhook connector: the signed invoice event with its documents POSTed to the receiver.</summary>
    Webhook,

    /// <summary>An SFTP export connector: files written to the receiver's server.</summary>
    Sftp,

    /// <summary>An HTTP export connector: files PUT or POSTed to the receiver's endpoint.</summary>
    Http,

    /// <summary>The postal fallback after an e-mail bounce: the PDF and an address sheet exported to the print provider's SFTP connector.</summary>
    Postal,
}
