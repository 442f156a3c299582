using InvoiceFunctions.Rendering.Pdf;

namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The document information written into the PDF (and, for Factur-X, mirrored in the XMP metadata).</summary>
internal sealed record PdfInfo(string Title, string Author, string Subject, DateTimeOffset CreatedAt)
{
    public const string CreatorTool = "InvoiceFunctions";

    /// <summary>The program that wrote the file (Info /Producer and XMP pdf:Producer, which PDF/A requires to match): ours, with the assembly version.</summary>
    public static readonly string ProducerName = $"InvoiceFunctions {typeof(PdfInfo).Assembly.GetName().Version?.ToString(3)}";

    /// <summary>The Info dictionary (the Factur-X packager writes the same, which the XMP mirrors).</summary>
    public string Dictionary()
    {
        var date = PdfText.Date(CreatedAt);
        return $"<< /Title {PdfText.Hex(Title)} /Author {PdfText.Hex(Author)} /Subject {PdfText.Hex(Subject)} /Creator {PdfText.Hex(CreatorTool)} /Producer {PdfText.Hex(ProducerName)} /CreationDate {date} /ModDate {date} >>";
    }
}
