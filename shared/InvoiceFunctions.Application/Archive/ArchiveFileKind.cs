namespace InvoiceFunctions.Application.Archive;

/// <summary>What an archived file is to its invoice.</summary>
public enum ArchiveFileKind
{
    /// <summary>The exact bytes received or first produced.</summary>
    Original,

    /// <summary>The rendered PDF.</summary>
    Pdf,

    /// <summary>The Factur-X PDF/A-3 with embedded CII.</summary>
    FacturX,

    /// <summary>The CII or UBL XML.</summary>
    Xml,

    /// <summary>A supporting document (BG-24).</summary>
    Attachment,
}
