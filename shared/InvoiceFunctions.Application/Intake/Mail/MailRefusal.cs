namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>A refusal with its code, a sentence for people and where in the message it happened (a part path), when it applies to a part.</summary>
public sealed record MailRefusal(MailRefusalCode Code, string Message, string? Location = null);
