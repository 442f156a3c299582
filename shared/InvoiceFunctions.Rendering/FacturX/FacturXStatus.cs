namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>What a PDF turned out to carry.</summary>
public enum FacturXStatus
{
    /// <summary>An embedded invoice XML was found and read.</summary>
    Found,

    /// <summary>The PDF has no embedded invoice XML: it needs manual keying (never guessed from the printed text).</summary>
    NoXml,

    /// <summary>An invoice XML was found but could not be read (e.g. ZUGFeRD 1.0, malformed XML).</summary>
    Unreadable,
}
