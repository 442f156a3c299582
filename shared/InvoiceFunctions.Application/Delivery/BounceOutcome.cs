namespace InvoiceFunctions.Application.Delivery;

/// <summary>What handling an inbound delivery report did.</summary>
public enum BounceOutcome
{
    /// <summary>The attempt is now bounced, with the ledger's "Bounced" event.</summary>
    Recorded,

    /// <summary>The attempt was already bounced (the same report again): nothing changed.</summary>
    AlreadyBounced,

    /// <summary>Not a DSN of a failure, or too large: ignored (logged).</summary>
    NotAFailureReport,

    /// <summary>A DSN about a Message-ID this app did not record: ignored (logged).</summary>
    UnknownMessage,
}
