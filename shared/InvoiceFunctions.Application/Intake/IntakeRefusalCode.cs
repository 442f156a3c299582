namespace InvoiceFunctions.Application.Intake;

/// <summary>Why an input was not imported (the quarantine reason's machine-readable code).</summary>
public enum IntakeRefusalCode
{
    /// <summary>Neither a PDF nor an XML document.</summary>
    UnknownFormat,

    /// <summary>Over the size limit of its door.</summary>
    TooLarge,

    /// <summary>A PDF that cannot be opened or whose embedded files cannot be read.</summary>
    UnreadablePdf,

    /// <summary>XML that is malformed, hostile (DTD, entity expansion, too deep) or neither CII nor UBL.</summary>
    UnreadableXml,

    /// <summary>A PDF without an embedded invoice XML: it needs manual keying.</summary>
    NoEmbeddedInvoice,

    /// <summary>Read, but refused by the EN 16931 rules (every failure in the details).</summary>
    InvalidInvoice,

    /// <summary>The company is neither the seller nor the buyer (SIREN and VAT id compared).</summary>
    NotAParty,

    /// <summary>Same seller, number, date and total as an invoice already recorded, under the duplicate policy "block".</summary>
    Duplicate,

    /// <summary>A JSON batch that does not parse or holds no invoices (or too many).</summary>
    UnreadableBatch,

    /// <summary>One invoice of a batch that cannot be composed (missing number, unknown customer or product...): the others go on.</summary>
    InvalidBatchRow,

    /// <summary>The company named by the door does not exist.</summary>
    UnknownCompany,
}
