using System.Text;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;

namespace InvoiceFunctions.Application.Intake;

/// <summary>What an imported invoice leaves behind (pure): its ledger record, its history line and its archived files.</summary>
public static class IntakeRecords
{
    public static NewLedgerInvoice ToLedger(Invoice invoice, InvoiceDirection direction, string counterpartyId, SourceChannel channel)
    {
        var totals = invoice.Totals;
        return new NewLedgerInvoice(
            direction,
            counterpartyId,
            invoice.CurrencyCode,
            totals.TaxExclusiveAmount,
            totals.TaxInclusiveAmount - totals.TaxExclusiveAmount,
            totals.TaxInclusiveAmount,
            Math.Min(totals.AmountDue, totals.TaxInclusiveAmount),
            invoice.Number,
            direction == InvoiceDirection.Purchase ? IntakeParties.SellerKey(invoice.Seller) : null,
            invoice.IssueDate,
            invoice.DueDate is { } due && due >= invoice.IssueDate ? due : null,
            channel,
            invoice.TypeCode == InvoiceTypeCode.CreditNote ? InvoiceKind.CreditNote : InvoiceKind.Invoice);
    }

    /// <summary>The "imported" history line: door, file, format and the references a user matches against (order, contract).</summary>
    public static string Describe(IntakeDocument document, IntakeReading reading, Invoice invoice)
    {
        var text = new StringBuilder($"{document.Channel} {Short(document.Name)} ({(reading.XmlName is { } embedded ? "PDF with " + embedded : reading.Format.ToString())})");
        if (invoice.PurchaseOrderReference is { } order)
        {
            text.Append(" order ").Append(Short(order));
        }

        if (invoice.ContractReference is { } contract)
        {
            text.Append(" contract ").Append(Short(contract));
        }

        return text.ToString();
    }

    /// <summary>The original bytes exactly as received; for a Factur-X PDF, the same bytes as its Factur-X and the invoice XML found in it.</summary>
    public static IReadOnlyList<ArchiveDocument> ArchiveFiles(IntakeDocument document, IntakeReading reading)
    {
        var name = FileName(document.Name, reading.Format == IntakeFormat.Pdf ? "invoice.pdf" : "invoice.xml");
        var contentType = reading.Format == IntakeFormat.Pdf ? "application/pdf" : "application/xml";
        var files = new List<ArchiveDocument> { new(ArchiveFileKind.Original, name, contentType, document.Content) };
        if (reading.Xml is { } xml)
        {
            // The same bytes are also the invoice's Factur-X (stored once: same SHA-256), so delivery and downloads find it as such.
            files.Add(new ArchiveDocument(ArchiveFileKind.FacturX, name, contentType, document.Content));
            files.Add(new ArchiveDocument(ArchiveFileKind.Xml, reading.XmlName ?? "factur-x.xml", "application/xml", Encoding.UTF8.GetBytes(xml)));
        }

        return files;
    }

    private static string FileName(string name, string fallback)
    {
        var last = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        return last.Length is > 0 and <= 200 && last.All(c => !char.IsControl(c)) ? last : fallback;
    }

    private static string Short(string text) => text.Length <= 100 ? text : text[..100];
}
