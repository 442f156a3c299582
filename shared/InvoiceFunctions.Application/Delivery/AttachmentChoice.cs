using InvoiceFunctions.Application.Archive;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Which of an archive entry's files go with the mail, per <see cref="EmailAttachments"/> (the last file of each kind counts).</summary>
public static class AttachmentChoice
{
    /// <summary>The customer's format (billing preferences) when it has one, otherwise the company's choice.</summary>
    public static EmailAttachments For(Contacts.Party customer, EmailAttachments companyChoice) => customer.Preferences?.Format switch
    {
        Issuing.DocumentFormat.FacturX => EmailAttachments.FacturX,
        Issuing.DocumentFormat.PdfAndUbl => EmailAttachments.PdfAndXml,
        Issuing.DocumentFormat.Ubl or Issuing.DocumentFormat.Cii => EmailAttachments.Xml,
        _ => companyChoice,
    };

    public static IReadOnlyList<ArchiveFile> Pick(IReadOnlyList<ArchiveFile> files, EmailAttachments choice)
    {
        ArchiveFile? Last(ArchiveFileKind kind) => files.LastOrDefault(f => f.Kind == kind);
        IReadOnlyList<ArchiveFile> Present(params ArchiveFile?[] picked) => [.. picked.OfType<ArchiveFile>()];

        var facturX = Last(ArchiveFileKind.FacturX);
        var pdf = Last(ArchiveFileKind.Pdf);
        var xml = Last(ArchiveFileKind.Xml);
        return choice switch
        {
            EmailAttachments.FacturX when facturX is not null => [facturX],
            EmailAttachments.FacturX when pdf is not null || xml is not null => Present(pdf, xml),
            EmailAttachments.FacturX => Present(Last(ArchiveFileKind.Original)),
            EmailAttachments.PdfAndXml => Present(pdf ?? facturX, xml),
            EmailAttachments.Xml => Present(xml),
            _ => [],
        };
    }
}
