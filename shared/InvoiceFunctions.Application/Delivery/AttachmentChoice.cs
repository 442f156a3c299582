using InvoiceFunctions.Application.Archive;

namespace InvoiceFunctions.Application.Delivery;

/// <summary>Which of an archive entry's files go with the mail, per <see cref="EmailAttachments"/> (the last file of each kind counts).</summary>
public static class AttachmentChoice
{
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
