using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Formats.Cii;

namespace InvoiceFunctions.Rendering.FacturX;

/// <summary>The result of reading a PDF for an embedded e-invoice.</summary>
/// <param name="Status">Found, no XML (manual keying), or unreadable.</param>
/// <param name="AttachmentName">The embedded file's name (factur-x.xml, zugferd-invoice.xml, xrechnung.xml...).</param>
/// <param name="Xml">The embedded XML text.</param>
/// <param name="Profile">The profile named by the XML's guideline id (BT-24).</param>
/// <param name="Read">The core reader's result.</param>
/// <param name="Error">Why an XML found could not be read.</param>
public sealed record FacturXExtraction(FacturXStatus Status, string? AttachmentName = null, string? Xml = null, CiiProfile? Profile = null, InvoiceReadResult? Read = null, string? Error = null)
{
    /// <summary>Problems of the PDF around a readable XML (XMP conformance level missing, unknown or not the XML's profile).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
