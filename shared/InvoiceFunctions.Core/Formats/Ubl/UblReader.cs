using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Xml;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>
/// Reads UBL 2.1 Invoice and CreditNote documents (Peppol BIS 3, EN 16931 and other CIUS) into the model. Missing
/// mandatory elements are reported with their rule id; elements the model does not carry are listed as unsupported.
/// </summary>
public static class UblReader
{
    /// <summary>Reads UBL XML text.</summary>
    public static InvoiceReadResult Read(string xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads UBL XML from a stream.</summary>
    public static InvoiceReadResult Read(Stream xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads an already loaded UBL document.</summary>
    public static InvoiceReadResult Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root ?? throw new InvoiceFormatException("Empty XML document.");
        var credit = root.Name == CreditNote + "CreditNote";
        if (!credit && root.Name != Invoice + "Invoice")
        {
            throw new InvoiceFormatException($"Not a UBL 2.1 Invoice or CreditNote: root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}.");
        }

        var ctx = new ReadContext();
        ctx.Mark(root);
        var invoice = new UblModelReader(ctx, credit).Invoice(root);
        return new InvoiceReadResult(invoice, ctx.Missing, ctx.Unsupported(root));
    }
}
