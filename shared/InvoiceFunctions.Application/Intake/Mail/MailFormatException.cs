namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>The bytes given as a message could not be read as one.</summary>
public sealed class MailFormatException(string message, Exception? inner = null) : Exception(message, inner);
