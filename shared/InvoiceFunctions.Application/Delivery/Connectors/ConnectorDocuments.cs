using System.Text;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// The documents of an invoice in a connector's formats, from its last archive entry: a format archived as such is sent as
/// archived (the bytes the archive vouches for); a missing CII is the XML embedded in the Factur-X, a missing UBL is written
/// from that CII, a missing plain PDF is the Factur-X PDF.
/// </summary>
public sealed class ConnectorDocuments(ArchiveService archive)
{
    /// <returns>The files, or why they cannot be made (no archive entry, no Factur-X to derive from...).</returns>
    public async Task<(IReadOnlyList<ExportFile>? Files, string? Problem)> BuildAsync(Connector connector, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.Archive.Count == 0)
        {
            return (null, $"Invoice {invoice.Id} has no archived documents to send.");
        }

        var manifest = await archive.GetManifestAsync(invoice.Company, invoice.Archive[^1].ManifestSha256, cancellationToken);
        var facturX = await ReadAsync(invoice, manifest, ArchiveFileKind.FacturX, cancellationToken);
        var xml = await ReadAsync(invoice, manifest, ArchiveFileKind.Xml, cancellationToken);
        var pdf = await ReadAsync(invoice, manifest, ArchiveFileKind.Pdf, cancellationToken);
        var files = new List<ExportFile>();
        foreach (var format in connector.Formats)
        {
            var content = format switch
            {
                ConnectorFormat.FacturX => facturX,
                ConnectorFormat.Pdf => pdf ?? facturX,
                ConnectorFormat.Cii => XmlOf(xml, InvoiceSyntax.Cii) ?? Embedded(facturX, InvoiceSyntax.Cii),
                _ => XmlOf(xml, InvoiceSyntax.Ubl) ?? Embedded(facturX, InvoiceSyntax.Ubl),
            };
            if (content is null)
            {
                return (null, $"The archive entry {manifest.Sequence} of invoice {invoice.Id} has nothing to make {format} from.");
            }

            var name = FileNamePattern.Render(connector.FileNamePattern ?? FileNamePattern.Default, invoice.Number ?? invoice.Id, invoice.Id, invoice.IssueDate, format);
            files.Add(new ExportFile(format, name, format is ConnectorFormat.FacturX or ConnectorFormat.Pdf ? "application/pdf" : "application/xml", content));
        }

        return (files, null);
    }

    /// <summary>The invoice's PDF as archived last (a plain PDF, else its Factur-X), or null when it has no archived documents.</summary>
    public async Task<byte[]?> PdfAsync(LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.Archive.Count == 0)
        {
            return null;
        }

        var manifest = await archive.GetManifestAsync(invoice.Company, invoice.Archive[^1].ManifestSha256, cancellationToken);
        return await ReadAsync(invoice, manifest, ArchiveFileKind.Pdf, cancellationToken) ?? await ReadAsync(invoice, manifest, ArchiveFileKind.FacturX, cancellationToken);
    }

    private async Task<byte[]?> ReadAsync(LedgerInvoice invoice, ArchiveManifest manifest, ArchiveFileKind kind, CancellationToken cancellationToken) =>
        manifest.Files.LastOrDefault(f => f.Kind == kind) is { } file ? await archive.GetObjectAsync(invoice.Company, file.Sha256, cancellationToken) : null;

    private static byte[]? XmlOf(byte[]? xml, InvoiceSyntax syntax)
    {
        if (xml is null)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(xml);
        var isUbl = text.Contains("urn:oasis:names:specification:ubl:schema:xsd:", StringComparison.Ordinal);
        return isUbl == (syntax == InvoiceSyntax.Ubl) ? xml : null;
    }

    private static byte[]? Embedded(byte[]? facturX, InvoiceSyntax syntax)
    {
        var extraction = facturX is null ? null : FacturXReader.Read(facturX);
        if (extraction is not { Status: FacturXStatus.Found, Xml: { } cii, Read: { } read })
        {
            return null;
        }

        return Encoding.UTF8.GetBytes(syntax == InvoiceSyntax.Cii ? cii : InvoiceXml.Write(read.Invoice, InvoiceSyntax.Ubl));
    }
}
