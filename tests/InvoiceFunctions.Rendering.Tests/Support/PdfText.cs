using UglyToad.PdfPig;

namespace InvoiceFunctions.Rendering.Tests.Support;

/// <summary>The text of each page as PdfPig reads it back, with every kind of space made a plain space.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => Normalise(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    private static string Normalise(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
