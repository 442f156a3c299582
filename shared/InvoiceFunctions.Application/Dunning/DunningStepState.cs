namespace InvoiceFunctions.Application.Dunning;

/// <summary>Where one step of an invoice's dunning stands.</summary>
public enum DunningStepState
{
    /// <summary>The intent is recorded, the mail may be leaving: a run that finds it so does not send again.</summary>
    Sending,
    Sent,

    /// <summary>An intent found without its confirmation (the process stopped around the send): never re-sent automatically.</summary>
    Unconfirmed,

    /// <summary>Not sent for good (no address, no SMTP server, a channel not connected yet...): the detail says why.</summary>
    Failed,
}
