namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>One attachment refused on its own (a zip bomb, a broken zip): quarantined alone while the other attachments go on.</summary>
public sealed record RefusedPart(string Path, string Name, ReadOnlyMemory<byte> Content, MailRefusal Refusal);
