namespace InvoiceFunctions.Application.Delivery;

/// <summary>What a delivery status notification (RFC 3464) says about one of our mails that failed.</summary>
/// <param name="OriginalMessageId">The Message-ID of the mail it reports on (without angle brackets).</param>
/// <param name="Recipient">The final recipient that failed.</param>
/// <param name="Status">The enhanced status code (RFC 3463), e.g. "5.1.1".</param>
/// <param name="Diagnostic">The remote server's reply, when given.</param>
public sealed record BounceReport(string OriginalMessageId, string? Recipient, string Status, string? Diagnostic);
