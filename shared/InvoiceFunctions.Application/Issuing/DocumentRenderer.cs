using System.Text;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// The files of an issued document (pure): always the Factur-X PDF/A-3 (EN16931 profile, the CII inside), plus the
/// XML the customer's format asks for. Rendering is reproducible (the PDF's dates come from the issue date), so a
/// retried render stage writes the same bytes and the archive stores them once.
/// </summary>
public static class DocumentRenderer
{
    public static IReadOnlyList<ArchiveDocument> Render(Invoice invoice, DocumentFormat format, RenderOptions options)
    {
        var stem = FileStem(invoice);
        var files = new List<ArchiveDocument> { new(ArchiveFileKind.FacturX, stem + ".pdf", "application/pdf", FacturXWriter.Write(invoice, CiiProfile.En16931, options)) };
        if (format is DocumentFormat.PdfAndUbl or DocumentFormat.Ubl)
        {
            files.Add(Xml(stem + ".ubl.xml", InvoiceXml.Write(invoice, InvoiceSyntax.Ubl)));
        }
        else if (format == DocumentFormat.Cii)
        {
            files.Add(Xml(stem + ".cii.xml", InvoiceXml.Write(invoice, InvoiceSyntax.Cii)));
        }

        return files;
    }

    /// <summary>A file name from the number: letters, digits and '-' kept, the rest '_'.</summary>
    public static string FileStem(Invoice invoice) => (invoice.TypeCode == InvoiceTypeCode.CreditNote ? "avoir-" : "facture-") + SafeName(invoice.Number);

    /// <summary>A document number fit for a file name: letters, digits and '-' kept, the rest '_'.</summary>
    public static string SafeName(string number) => new(number.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_').ToArray());

    private static ArchiveDocument Xml(string name, string xml) => new(ArchiveFileKind.Xml, name, "application/xml", Encoding.UTF8.GetBytes(xml));
}
