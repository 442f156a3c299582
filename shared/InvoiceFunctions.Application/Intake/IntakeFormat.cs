namespace InvoiceFunctions.Application.Intake;

/// <summary>What a file is, read from its first bytes (never from its name).</summary>
public enum IntakeFormat
{
    Unknown,

    /// <summary>A PDF: Factur-X / ZUGFeRD when it embeds an invoice XML, otherwise one for manual keying.</summary>
    Pdf,

    /// <summary>An XML document: CII (Factur-X XML) or UBL, told apart by its root element.</summary>
    Xml,

    /// <summary>A JSON batch of sales invoices made elsewhere (<see cref="Batch.BatchFile"/>).</summary>
    JsonBatch,

    /// <summary>The same batch as CSV, one row per invoice line (<see cref="Batch.BatchCsv"/>).</summary>
    CsvBatch,
}
