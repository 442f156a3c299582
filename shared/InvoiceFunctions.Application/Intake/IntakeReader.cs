using System.Text;
using System.Xml;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.FacturX;

namespace InvoiceFunctions.Application.Intake;

/// <summary>
/// Reads an incoming file whatever its door (pure): Factur-X / ZUGFeRD PDF through the embedded XML, CII or UBL XML.
/// Hostile input is bounded by the readers (PDF and XML sizes, no DTD, depth) and always ends in a refusal, never an exception.
/// </summary>
public static class IntakeReader
{
    /// <summary>The largest file read (a Factur-X PDF with attachments; the XML readers have their own limits inside).</summary>
    public const int MaxFileBytes = FacturXReader.MaxPdfBytes;

    public static IntakeReading Read(ReadOnlyMemory<byte> content)
    {
        var format = IntakeFormats.Detect(content.Span);
        if (content.Length > MaxFileBytes)
        {
            return IntakeReading.Refused(format, IntakeRefusalCode.TooLarge, $"The file has {content.Length} bytes; at most {MaxFileBytes} are read.");
        }

        return format switch
        {
            IntakeFormat.Pdf => ReadPdf(content),
            IntakeFormat.Xml => ReadXml(content),
            IntakeFormat.JsonBatch or IntakeFormat.CsvBatch => IntakeReading.Refused(format, IntakeRefusalCode.UnreadableBatch, "A batch is expanded into invoices before they are read."),
            _ => IntakeReading.Refused(format, IntakeRefusalCode.UnknownFormat, "Neither a PDF nor an XML document (the format is read from the content, not the name)."),
        };
    }

    private static IntakeReading ReadPdf(ReadOnlyMemory<byte> content)
    {
        FacturXExtraction extraction;
        try
        {
            extraction = FacturXReader.Read(content.ToArray());
        }
        catch (RenderingException e)
        {
            return IntakeReading.Refused(IntakeFormat.Pdf, IntakeRefusalCode.UnreadablePdf, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig throws its own types on damaged files: any of them means "cannot be read", never a crashed worker.
            return IntakeReading.Refused(IntakeFormat.Pdf, IntakeRefusalCode.UnreadablePdf, "The PDF cannot be read: " + e.Message);
        }

        return extraction.Status switch
        {
            FacturXStatus.Found => new IntakeReading(IntakeFormat.Pdf, extraction.Read, extraction.Xml, extraction.AttachmentName, null),
            FacturXStatus.NoXml => IntakeReading.Refused(
                IntakeFormat.Pdf, IntakeRefusalCode.NoEmbeddedInvoice, "A PDF without an embedded invoice (factur-x.xml, zugferd-invoice.xml, xrechnung.xml): it needs manual keying."),
            _ => IntakeReading.Refused(IntakeFormat.Pdf, IntakeRefusalCode.UnreadableXml, $"The embedded {extraction.AttachmentName} cannot be read: {extraction.Error}"),
        };
    }

    private static IntakeReading ReadXml(ReadOnlyMemory<byte> content)
    {
        try
        {
            // Through a stream so the XML declaration's encoding is honoured, as any XML reader of the receiver would.
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            return new IntakeReading(IntakeFormat.Xml, InvoiceXml.Read(stream), null, null, null);
        }
        catch (Exception e) when (e is XmlException or InvoiceFormatException or InvalidOperationException or ArgumentException or DecoderFallbackException)
        {
            return IntakeReading.Refused(IntakeFormat.Xml, IntakeRefusalCode.UnreadableXml, e.Message);
        }
    }
}
