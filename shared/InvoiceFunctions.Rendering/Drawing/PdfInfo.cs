namespace InvoiceFunctions.Rendering.Drawing;

/// <summary>The document information written into the PDF (and, for Factur-X, mirrored in the XMP metadata).</summary>
internal sealed record PdfInfo(string Title, string Author, string Subject, DateTimeOffset CreatedAt)
{
    public const string CreatorTool = "InvoiceFunctions";

    public const string ProducerName = "InvoiceFunctions Rendering (SkiaSharp)";
}
