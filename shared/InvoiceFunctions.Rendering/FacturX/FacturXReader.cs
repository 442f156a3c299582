using System.Text;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>
/// Reads the e-invoice embedded in a Factur-X / ZUGFeRD 2 / XRechnung PDF (PdfPig), detects its profile and parses it with
/// the core's CII reader, and checks the XMP conformance level against it. Bounded: PDFs over <see cref="MaxPdfBytes"/> and XML over <see cref="MaxXmlBytes"/> are refused.
/// </summary>
public static class FacturXReader
{
    /// <summary>The largest PDF read (20 MiB).</summary>
    public const int MaxPdfBytes = 20 * 1024 * 1024;

    /// <summary>The largest embedded XML read (5 MiB).</summary>
    public const int MaxXmlBytes = 5 * 1024 * 1024;

    /// <summary>Embedded file names of invoice XML, in order of preference (compared without case).</summary>
    public static readonly IReadOnlyList<string> InvoiceFileNames = ["factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"];

    public static FacturXExtraction Read(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.Length > MaxPdfBytes)
        {
            throw new RenderingException($"PDF larger than {MaxPdfBytes} bytes.");
        }

        using var document = Open(pdf);
        (string Name, byte[] Bytes)? attachment;
        try
        {
            attachment = FindInvoiceXml(document);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new RenderingException("The PDF's embedded files could not be read.", e);
        }

        if (attachment is null)
        {
            return new FacturXExtraction(FacturXStatus.NoXml);
        }

        var (name, bytes) = attachment.Value;
        if (bytes.Length > MaxXmlBytes)
        {
            return new FacturXExtraction(FacturXStatus.Unreadable, name, Error: $"Embedded XML larger than {MaxXmlBytes} bytes.");
        }

        var xml = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        try
        {
            var read = InvoiceXml.Read(xml);
            var profile = CiiProfiles.FromGuidelineId(read.Invoice.SpecificationId);
            return new FacturXExtraction(FacturXStatus.Found, name, xml, profile, read) { Warnings = XmpConformance.Check(document, profile) };
        }
        catch (InvoiceFormatException e)
        {
            return new FacturXExtraction(FacturXStatus.Unreadable, name, xml, Error: e.Message);
        }
        catch (System.Xml.XmlException e)
        {
            return new FacturXExtraction(FacturXStatus.Unreadable, name, xml, Error: e.Message);
        }
    }

    private static (string Name, byte[] Bytes)? FindInvoiceXml(PdfDocument document)
    {
        if (!document.Advanced.TryGetEmbeddedFiles(out var files) || files.Count == 0)
        {
            return null;
        }

        foreach (var wanted in InvoiceFileNames)
        {
            var file = files.FirstOrDefault(f => Matches(f, wanted));
            if (file is not null)
            {
                return (FileName(file), file.Bytes.ToArray());
            }
        }

        return null;
    }

    private static PdfDocument Open(byte[] pdf)
    {
        try
        {
            return PdfDocument.Open(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new RenderingException("The PDF could not be parsed.", e);
        }
    }

    private static bool Matches(EmbeddedFile file, string wanted) =>
        string.Equals(FileName(file), wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(file.Name, wanted, StringComparison.OrdinalIgnoreCase);

    private static string FileName(EmbeddedFile file) => string.IsNullOrEmpty(file.FileSpecification) ? file.Name : file.FileSpecification;
}
