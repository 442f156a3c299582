namespace InvoiceFunctions.Application.Delivery;

/// <summary>Where one delivery attempt stands.</summary>
public enum DeliveryState
{
    /// <summary>Accepted from the queue; nothing handed to the transport yet (also after a transient failure that sent nothing).</summary>
    Queued,

    /// <summary>The intent, with its Message-ID, is recorded and the mail is being handed to the SMTP server.</summary>
    Sending,

    /// <summary>The SMTP server accepted the mail (250).</summary>
    Sent,

    /// <summary>
    /// An intent was found without confirmation (the process died, or the connection broke, after the intent was recorded):
    /// the mail may or may not have left. Not re-sent automatically; a person checks and asks for a re-send if needed.
    /// </summary>
    Unconfirmed,

    /// <summary>Nothing could be sent: no receiver address, no archived document, invoice not issued, SMTP not configured.</summary>
    Failed,

    /// <summary>The SMTP server refused the mail permanently (5xx).</summary>
    Bounced,

    /// <summary>The receiver confirmed that the invoice arrived (its acknowledgement link, "status": "Delivered").</summary>
    Delivered,

    /// <summary>The receiver confirmed that it took the invoice in (the acknowledgement link's default): the furthest state.</summary>
    Acknowledged,
}
