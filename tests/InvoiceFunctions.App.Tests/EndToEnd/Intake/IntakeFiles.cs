using System.Text;
using InvoiceFunctions.Testing;

namespace InvoiceFunctions.App.Tests.EndToEnd.Intake;

/// <summary>Input for the intake doors: official samples from ../shared/conformance and hostile files made here.</summary>
internal static class IntakeFiles
{
    private static readonly string Conformance = Path.Combine(Repository.Root, "..", "shared", "conformance");

    /// <summary>Factur-X EN16931, invoice F20180027 of LE FOURNISSEUR (VAT FR32123456789) to LE CLIENT (VAT "FR 05 987 654 321"), 110.00 with 10.00 prepaid.</summary>
    public static byte[] FrenchFacturX => File.ReadAllBytes(Path.Combine(Conformance, "facturx", "pdf", "Facture_F20180027.pdf"));

    /// <summary>Peppol BIS 3 UBL, invoice 12345 of Company A (DK12345678) to Company B (DK87654321).</summary>
    public static byte[] DanishUbl => File.ReadAllBytes(Path.Combine(Conformance, "ubl", "examples", "BIS3_Invoice_positive.xml"));

    /// <summary>A well-formed one-page PDF with no embedded files: needs manual keying.</summary>
    public static byte[] PlainPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>The "billion laughs" entity expansion: refused by the XML reader (no DTD), never expanded.</summary>
    public static byte[] XmlBomb =>
        Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol3;</Invoice>
            """);
}
