using System.Xml.Linq;
using InvoiceFunctions.Core.Model;
using static InvoiceFunctions.Core.Formats.Ubl.UblNames;
using static InvoiceFunctions.Core.Formats.Xml.XmlBuild;
using static InvoiceFunctions.Core.Formats.Xml.XmlValues;

namespace InvoiceFunctions.Core.Formats.Ubl;

/// <summary>
/// Writes an invoice as UBL 2.1 following Peppol BIS Billing 3.0: an Invoice document, or a CreditNote document
/// for type code 381. BT-24 is the Peppol customization id; BT-23 the invoice's own process type or Peppol's.
/// </summary>
public static class UblWriter
{
    /// <summary>Writes the invoice as UBL XML text (UTF-8 declaration).</summary>
    public static string Write(Invoice invoice) => ToXml(ToDocument(invoice));

    /// <summary>Writes the invoice as UBL XML to a stream (UTF-8).</summary>
    public static void Write(Invoice invoice, Stream output) => Save(ToDocument(invoice), output);

    /// <summary>Builds the UBL document.</summary>
    public static XDocument ToDocument(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var credit = invoice.TypeCode == InvoiceTypeCode.CreditNote;
        var p = new UblParts(invoice, credit);
        var ns = credit ? CreditNote : UblNames.Invoice;
        var root = new XElement(
            ns + (credit ? "CreditNote" : "Invoice"),
            new XAttribute("xmlns", ns.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "cac", Cac),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc),
            new XElement(Cbc + "CustomizationID", PeppolCustomizationId),
            new XElement(Cbc + "ProfileID", invoice.BusinessProcessType ?? PeppolProfileId),
            new XElement(Cbc + "ID", invoice.Number),
            new XElement(Cbc + "IssueDate", IsoDate(invoice.IssueDate)),
            credit ? null : Leaf(Cbc + "DueDate", Date(invoice.DueDate)),
            credit ? Leaf(Cbc + "TaxPointDate", Date(invoice.TaxPointDate)) : null,
            new XElement(Cbc + (credit ? "CreditNoteTypeCode" : "InvoiceTypeCode"), Code((int)invoice.TypeCode)),
            invoice.Notes.Select(n => new XElement(Cbc + "Note", UblCodes.NoteText(n))),
            credit ? null : Leaf(Cbc + "TaxPointDate", Date(invoice.TaxPointDate)),
            new XElement(Cbc + "DocumentCurrencyCode", invoice.CurrencyCode),
            Leaf(Cbc + "TaxCurrencyCode", invoice.TaxCurrencyCode),
            Leaf(Cbc + "AccountingCost", invoice.BuyerAccountingReference),
            Leaf(Cbc + "BuyerReference", invoice.BuyerReference),
            p.Period(invoice.InvoicingPeriod, UblCodes.VatPointDate(invoice.VatPointDateCode)),
            invoice.PurchaseOrderReference is not null || invoice.SalesOrderReference is not null
                ? new XElement(Cac + "OrderReference", new XElement(Cbc + "ID", invoice.PurchaseOrderReference ?? "NA"), Leaf(Cbc + "SalesOrderID", invoice.SalesOrderReference))
                : null,
            invoice.PrecedingInvoices.Select(r => new XElement(Cac + "BillingReference", new XElement(Cac + "InvoiceDocumentReference", new XElement(Cbc + "ID", r.Number), Leaf(Cbc + "IssueDate", Date(r.IssueDate))))),
            p.DocumentReferences(),
            new XElement(Cac + "AccountingSupplierParty", p.Party(invoice.Seller, seller: true)),
            new XElement(Cac + "AccountingCustomerParty", p.Party(invoice.Buyer, seller: false)),
            p.Payee(invoice.Payee),
            p.TaxRepresentative(invoice.TaxRepresentative),
            p.Delivery(invoice.Delivery),
            p.PaymentMeans(invoice.PaymentInstructions),
            Opt(Cac + "PaymentTerms", Leaf(Cbc + "Note", invoice.PaymentTerms)),
            invoice.AllowanceCharges.Select(ac => p.AllowanceCharge(ac, withTax: true)),
            p.TaxTotals(),
            p.MonetaryTotal(),
            invoice.Lines.Select(p.Line));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    internal static string? Date(DateOnly? date) => date is { } d ? IsoDate(d) : null;
}
