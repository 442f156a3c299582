using UglyToad.PdfPig;

namespace InvoiceFunctions.App.Tests.Support;

/// <summary>The words PdfPig reads in a PDF, page after page, joined by plain spaces (no-break spaces made plain).</summary>
public static class PdfWords
{
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }
}
