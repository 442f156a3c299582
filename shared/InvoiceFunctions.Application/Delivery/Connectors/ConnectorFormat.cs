namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>The document formats a connector sends; each is taken from the invoice's last archive entry or derived from its Factur-X.</summary>
public enum ConnectorFormat
{
    /// <summary>The Factur-X PDF/A-3 (EN16931 profile, CII inside).</summary>
    FacturX,

    /// <summary>The UBL 2.1 XML (Peppol BIS 3): as archived, else written from the Factur-X's CII.</summary>
    Ubl,

    /// <summary>The CII D16B XML: as archived, else the XML embedded in the Factur-X.</summary>
    Cii,

    /// <summary>The readable PDF: the plain PDF when archived, else the Factur-X PDF (which is one).</summary>
    Pdf,
}
