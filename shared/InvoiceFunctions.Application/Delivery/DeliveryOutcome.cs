namespace InvoiceFunctions.Application.Delivery;

/// <summary>What handling one delivery message did.</summary>
public enum DeliveryOutcome
{
    Sent,
    Failed,
    Bounced,
    Unconfirmed,

    /// <summary>A connector's try failed; a delayed message retries it (exponential back-off).</summary>
    Retrying,

    /// <summary>The request's attempt was already settled (a retried message): nothing sent.</summary>
    AlreadySettled,

    /// <summary>The invoice was already delivered on this channel and the reason is not "resend": nothing sent.</summary>
    Duplicate,

    /// <summary>The message does not name a company, an invoice of it or a known reason: dropped (logged).</summary>
    Invalid,
}
