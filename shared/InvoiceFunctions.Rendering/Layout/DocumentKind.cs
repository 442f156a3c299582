namespace InvoiceFunctions.Rendering.Layout;

/// <summary>Which document the shared composers lay out: the title, header rows and closing blocks follow it.</summary>
internal enum DocumentKind
{
    /// <summary>An invoice or credit note (the type code tells which).</summary>
    Invoice,

    /// <summary>A quote (devis): validity date, acceptance box, no payment block.</summary>
    Quote,

    /// <summary>A payment reminder (relance): overdue invoices, total due, payment block with the EPC QR code.</summary>
    Reminder,
}
