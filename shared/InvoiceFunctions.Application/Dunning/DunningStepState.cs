namespace InvoiceFunctions.Application.Dunning;

/// <summary>Where one step of an invoice's dunning stands.</summary>
public enum DunningStepState
{
    /// <summary>The intent is recorded, the mail may be leaving: a run that finds it so does not send again.</summary>
    Sending,
    Sent,

    /// <summary>An intent found without its confirmation (the process stopped around the send): never re-sent automatically.</summary>
    Unconfirmed,

    /// <summary>Sent, then reported undeliverable by a DSN: the dunning waits for a corrected address (the company is alerted).</summary>
    Bounced,

    /// <summary>Not taken: its day had long passed when the dunning started (an imported or late invoice), a later step was taken instead.</summary>
    Skipped,

    /// <summary>Not sent for good (no address, no SMTP server, no print provider or postal address...): the detail says why.</summary>
    Failed,
}
