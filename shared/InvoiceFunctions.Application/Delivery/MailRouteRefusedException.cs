namespace InvoiceFunctions.Application.Delivery;

/// <summary>A company relay's host resolves to an address the SSRF guard refuses: nothing was sent, a retry cannot help.</summary>
public sealed class MailRouteRefusedException(string message, Exception? inner = null) : Exception(message, inner);
