namespace InvoiceFunctions.Application.Delivery;

/// <summary>The server refused the mail permanently (SMTP 5xx): retrying will not help.</summary>
public sealed class MailRejectedException(int statusCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int StatusCode { get; } = statusCode;
}
