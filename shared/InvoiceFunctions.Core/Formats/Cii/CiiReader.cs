using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Xml;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>
/// Reads UN/CEFACT CII D16B invoices (any Factur-X / ZUGFeRD 2 profile, XRechnung CII, other producers) into the
/// model. Missing mandatory elements are reported with their rule id; elements the model does not carry are listed
/// in <see cref="InvoiceReadResult.Unsupported"/>.
/// </summary>
public static class CiiReader
{
    /// <summary>Reads CII XML text.</summary>
    public static InvoiceReadResult Read(string xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads CII XML from a stream.</summary>
    public static InvoiceReadResult Read(Stream xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads an already loaded CII document.</summary>
    public static InvoiceReadResult Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root ?? throw new InvoiceFormatException("Empty XML document.");
        if (root.Name.LocalName == "CrossIndustryDocument")
        {
            throw new InvoiceFormatException("ZUGFeRD 1.0 (CrossIndustryDocument) is not supported; only CII D16B (Factur-X / ZUGFeRD 2) is.");
        }

        if (root.Name != Rsm + "CrossIndustryInvoice")
        {
            throw new InvoiceFormatException($"Not a CII invoice: root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}.");
        }

        var ctx = new ReadContext();
        ctx.Mark(root);
        var invoice = new CiiModelReader(ctx).Invoice(root);
        return new InvoiceReadResult(invoice, ctx.Missing, ctx.Unsupported(root));
    }
}
