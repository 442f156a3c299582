namespace InvoiceFunctions.Application.Delivery;

/// <summary>The transport failed before the server accepted anything (connection, authentication, 4xx): a later try may work.</summary>
public sealed class MailTransientException(string message, Exception? inner = null) : Exception(message, inner);
