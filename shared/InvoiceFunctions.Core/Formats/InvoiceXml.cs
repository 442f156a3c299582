using System.Xml.Linq;
using InvoiceFunctions.Core.Formats.Cii;
using InvoiceFunctions.Core.Formats.Ubl;
using InvoiceFunctions.Core.Formats.Xml;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Core.Formats;

/// <summary>
/// Entry point for any incoming invoice XML: detects CII or UBL from the root element, reads it, and validates
/// document and model together (missing mandatory elements found by the reader plus the rule engine's findings).
/// </summary>
public static class InvoiceXml
{
    /// <summary>The syntax of a loaded document, or throws <see cref="InvoiceFormatException"/>.</summary>
    public static InvoiceSyntax Detect(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Root?.Name.LocalName switch
        {
            "CrossIndustryInvoice" or "CrossIndustryDocument" => InvoiceSyntax.Cii,
            "Invoice" or "CreditNote" => InvoiceSyntax.Ubl,
            var other => throw new InvoiceFormatException($"Not an invoice document: root element '{other}'."),
        };
    }

    /// <summary>Reads CII or UBL text.</summary>
    public static InvoiceReadResult Read(string xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads CII or UBL from a stream.</summary>
    public static InvoiceReadResult Read(Stream xml, XmlReadLimits? limits = null) => Read(SafeXml.Load(xml, limits));

    /// <summary>Reads a loaded CII or UBL document.</summary>
    public static InvoiceReadResult Read(XDocument document) =>
        Detect(document) == InvoiceSyntax.Cii ? CiiReader.Read(document) : UblReader.Read(document);

    /// <summary>Reads and validates: every reader and rule failure, never only the first.</summary>
    public static ValidationReport Validate(string xml, ValidationProfile profile = ValidationProfile.En16931, XmlReadLimits? limits = null) =>
        Validate(Read(xml, limits), profile);

    /// <summary>Reads a stream and validates: every reader and rule failure, never only the first.</summary>
    public static ValidationReport Validate(Stream xml, ValidationProfile profile = ValidationProfile.En16931, XmlReadLimits? limits = null) =>
        Validate(Read(xml, limits), profile);

    /// <summary>Validates what a reader produced: its missing mandatory elements plus the rule engine's findings.</summary>
    public static ValidationReport Validate(InvoiceReadResult read, ValidationProfile profile = ValidationProfile.En16931)
    {
        ArgumentNullException.ThrowIfNull(read);
        var report = InvoiceValidator.Validate(read.Invoice, profile);
        return new ValidationReport([.. read.MissingMandatory.Where(m => !report.Failures.Any(f => f.RuleId == m.RuleId && f.Path == m.Path)), .. report.Failures]);
    }

    /// <summary>Writes the invoice in a syntax (CII with the given profile, UBL as Peppol BIS 3).</summary>
    public static string Write(Model.Invoice invoice, InvoiceSyntax syntax, CiiProfile profile = CiiProfile.En16931) =>
        syntax == InvoiceSyntax.Cii ? CiiWriter.Write(invoice, profile) : UblWriter.Write(invoice);
}
