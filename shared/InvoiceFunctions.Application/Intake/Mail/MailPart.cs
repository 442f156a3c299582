namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>A leaf part of a message, or a nested message (message/rfc822) with its own parts.</summary>
/// <param name="Path">Position in the tree: "2", "3.1" (part 1 of the message attached as part 3).</param>
/// <param name="FileName">The file name given (Content-Disposition or Content-Type name), decoded.</param>
/// <param name="ContentType">Media type in lower case, e.g. "application/pdf".</param>
/// <param name="IsAttachment">Content-Disposition: attachment.</param>
/// <param name="IsInline">Content-Disposition: inline, or referenced by Content-ID inside multipart/related (logos, signatures).</param>
/// <param name="Content">The decoded bytes (empty for a nested message).</param>
/// <param name="Message">The nested message, when the part is message/rfc822.</param>
public sealed record MailPart(string Path, string? FileName, string ContentType, bool IsAttachment, bool IsInline, ReadOnlyMemory<byte> Content, ParsedMail? Message = null);
