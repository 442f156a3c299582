namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>An attachment (or zip entry) that may be an invoice, for the intake core.</summary>
/// <param name="Path">Its place in the message: the part path, with "/entry-name" for a zip entry ("2", "3.1", "2/march/inv-1.xml").</param>
/// <param name="Name">File name as given, or a made-up one ("part-2.pdf").</param>
public sealed record MailDocument(string Path, string Name, DocumentKind Kind, ReadOnlyMemory<byte> Content);
