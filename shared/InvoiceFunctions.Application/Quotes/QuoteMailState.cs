namespace InvoiceFunctions.Application.Quotes;

/// <summary>Where the mail of a sent quote stands. Sending and Sent are final for a send: a quote is never mailed twice.</summary>
public enum QuoteMailState
{
    /// <summary>The intent was recorded before the SMTP send; it stays so if the process stopped before the accept was recorded.</summary>
    Sending,

    /// <summary>The SMTP server accepted the mail.</summary>
    Sent,

    /// <summary>Not sent (no address, no SMTP server, refused...): sending the quote again tries again.</summary>
    Failed,
}
