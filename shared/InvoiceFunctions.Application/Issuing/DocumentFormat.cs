namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// What a customer receives. Every issued invoice archives its Factur-X PDF (which embeds the CII XML); the format
/// adds what the customer's software prefers.
/// </summary>
public enum DocumentFormat
{
    /// <summary>One Factur-X PDF/A-3 (EN16931 profile): readable by people, the CII XML inside for machines.</summary>
    FacturX,

    /// <summary>The Factur-X PDF and a UBL 2.1 XML file.</summary>
    PdfAndUbl,

    /// <summary>The UBL 2.1 XML (the Factur-X PDF is still archived).</summary>
    Ubl,

    /// <summary>The CII D16B XML on its own (the Factur-X PDF is still archived).</summary>
    Cii,
}
