using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Cii.CiiNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Cii;

/// <summary>
/// Writes an invoice as UN/CEFACT CII D16B, the XML of Factur-X / ZUGFeRD, in one of its profiles. The profile
/// decides which parts are written (MINIMUM and BASIC WL have no lines) and the guideline id (BT-24).
/// </summary>
public static class CiiWriter
{
    /// <summary>Writes the invoice as a CII XML string (UTF-8 declaration).</summary>
    public static string Write(Invoice invoice, CiiProfile profile = CiiProfile.En16931) => Xml.XmlBuild.ToXml(ToDocument(invoice, profile));

    /// <summary>Writes the invoice as CII XML to a stream (UTF-8).</summary>
    public static void Write(Invoice invoice, Stream output, CiiProfile profile = CiiProfile.En16931) => Save(ToDocument(invoice, profile), output);

    /// <summary>Builds the CII document.</summary>
    public static XDocument ToDocument(Invoice invoice, CiiProfile profile = CiiProfile.En16931)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var w = new CiiParts(profile);
        var root = new XElement(
            Rsm + "CrossIndustryInvoice",
            new XAttribute(XNamespace.Xmlns + "rsm", Rsm),
            new XAttribute(XNamespace.Xmlns + "ram", Ram),
            new XAttribute(XNamespace.Xmlns + "qdt", Qdt),
            new XAttribute(XNamespace.Xmlns + "udt", Udt),
            new XElement(
                Rsm + "ExchangedDocumentContext",
                Opt(Ram + "BusinessProcessSpecifiedDocumentContextParameter", Leaf(Ram + "ID", invoice.BusinessProcessType)),
                new XElement(Ram + "GuidelineSpecifiedDocumentContextParameter", new XElement(Ram + "ID", profile.GuidelineId()))),
            new XElement(
                Rsm + "ExchangedDocument",
                new XElement(Ram + "ID", invoice.Number),
                new XElement(Ram + "TypeCode", Code((int)invoice.TypeCode)),
                new XElement(Ram + "IssueDateTime", DateTime102(invoice.IssueDate)),
                profile == CiiProfile.Minimum ? null : invoice.Notes.Select(n => new XElement(Ram + "IncludedNote", new XElement(Ram + "Content", n.Text), Leaf(Ram + "SubjectCode", n.SubjectCode)))),
            new XElement(
                Rsm + "SupplyChainTradeTransaction",
                profile >= CiiProfile.Basic ? invoice.Lines.Select(w.Line) : null,
                w.Agreement(invoice),
                w.Delivery(invoice),
                w.Settlement(invoice)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    internal static XElement DateTime102(DateOnly date) =>
        new(Udt + "DateTimeString", new XAttribute("format", "102"), Date102(date));
}
