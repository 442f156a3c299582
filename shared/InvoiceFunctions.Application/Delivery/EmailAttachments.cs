namespace InvoiceFunctions.Application.Delivery;

/// <summary>Which archived files go with the mail. Each choice takes the invoice's last archive entry and falls back as stated.</summary>
public enum EmailAttachments
{
    /// <summary>The Factur-X PDF/A-3 (readable PDF with the CII XML inside); without one, the PDF and the XML; without those, the original.</summary>
    FacturX,

    /// <summary>The readable PDF (the Factur-X PDF when there is no plain one) and the structured XML (CII or UBL, as archived), those of the two that exist.</summary>
    PdfAndXml,

    /// <summary>The structured XML only (CII or UBL, as archived), for receivers that import it.</summary>
    Xml,
}
