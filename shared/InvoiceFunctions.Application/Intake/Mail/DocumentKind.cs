namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>What an attachment is, judged from its bytes (never from its name or declared type).</summary>
public enum DocumentKind
{
    Other,
    Pdf,
    Xml,
    Zip,
}
