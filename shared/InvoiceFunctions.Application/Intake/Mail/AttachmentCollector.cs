namespace InvoiceFunctions.Application.Intake.Mail;

/// <summary>
/// Finds the invoices in a message: attached (or unnamed non-text) parts whose bytes are a PDF, an XML or a zip of
/// those, in nested messages too. Message bodies (text/plain, text/html), images (logos, signatures, inline or not)
/// and other files are left aside. Too many invoice attachments or too deep a nesting refuse the whole message; a bad
/// zip is refused alone.
/// </summary>
public static class AttachmentCollector
{
    public static AttachmentScan Collect(ParsedMail mail, MailboxOptions limits)
    {
        if (mail.TooDeep)
        {
            return new AttachmentScan([], [], [], new MailRefusal(MailRefusalCode.NestingTooDeep, $"Messages are nested more than {limits.MaxNestingDepth} deep."));
        }

        var documents = new List<MailDocument>();
        var ignored = new List<string>();
        var refused = new List<RefusedPart>();
        var attachments = 0;
        foreach (var part in Leaves(mail))
        {
            var kind = IsBodyOrImage(part) ? DocumentKind.Other : DocumentSniffer.Kind(part.Content.Span);
            if (kind == DocumentKind.Other)
            {
                ignored.Add(part.Path);
                continue;
            }

            if (++attachments > limits.MaxAttachments)
            {
                return new AttachmentScan([], [], [], new MailRefusal(MailRefusalCode.TooManyAttachments, $"More than {limits.MaxAttachments} invoice attachments."));
            }

            var name = NameOf(part, kind);
            if (kind != DocumentKind.Zip)
            {
                documents.Add(new MailDocument(part.Path, name, kind, part.Content));
                continue;
            }

            var (entries, skipped, refusal) = ZipExpander.Expand(part.Path, part.Content, limits);
            documents.AddRange(entries);
            ignored.AddRange(skipped);
            if (refusal is not null)
            {
                refused.Add(new RefusedPart(part.Path, name, part.Content, refusal));
            }
        }

        if (documents.Count > limits.MaxDocuments)
        {
            return new AttachmentScan([], [], [], new MailRefusal(MailRefusalCode.TooManyAttachments, $"{documents.Count} documents, zip entries included (at most {limits.MaxDocuments})."));
        }

        // The record lists what was left aside; a message of thousands of tiny parts keeps the first ones and a count.
        var listed = ignored.Count <= MaxIgnoredListed ? ignored : [.. ignored.Take(MaxIgnoredListed), $"... and {ignored.Count - MaxIgnoredListed} more"];
        return new AttachmentScan(documents, listed, refused, null);
    }

    private const int MaxIgnoredListed = 50;

    private static IEnumerable<MailPart> Leaves(ParsedMail mail)
    {
        foreach (var part in mail.Parts)
        {
            if (part.Message is null)
            {
                yield return part;
                continue;
            }

            foreach (var inner in Leaves(part.Message))
            {
                yield return inner;
            }
        }
    }

    /// <summary>A text body is part of the message, not a document, unless it is explicitly an attachment with a name.</summary>
    private static bool IsBodyOrImage(MailPart part) =>
        part.ContentType.StartsWith("image/", StringComparison.Ordinal)
        || part.ContentType == "text/html"
        || (part.ContentType == "text/plain" && !(part.IsAttachment && part.FileName is not null))
        || (part.IsInline && part.FileName is null);

    private static string NameOf(MailPart part, DocumentKind kind) =>
        string.IsNullOrWhiteSpace(part.FileName)
            ? $"part-{part.Path}.{kind.ToString().ToLowerInvariant()}"
            : Path.GetFileName(part.FileName.Replace('\\', '/')) is { Length: > 0 } file ? file : $"part-{part.Path}";
}
