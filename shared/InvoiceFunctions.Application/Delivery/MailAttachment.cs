namespace InvoiceFunctions.Application.Delivery;

/// <summary>A file attached to a mail.</summary>
public sealed record MailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
