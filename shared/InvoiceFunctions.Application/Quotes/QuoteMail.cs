namespace InvoiceFunctions.Application.Quotes;

/// <summary>The mail that took a sent quote (its PDF and signed link) to the customer.</summary>
/// <param name="MessageId">Recorded before the SMTP send, so the mail can be found in the receiver's logs.</param>
/// <param name="Detail">Why it was not sent (Failed).</param>
public sealed record QuoteMail(QuoteMailState State, string? To, string? MessageId, string? Detail, DateTimeOffset At);
