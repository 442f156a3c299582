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

    /// <summary>A final reminder (dernière relance): the reminder's layout under its own title.</summary>
    FirmReminder,

    /// <summary>A formal notice (mise en demeure): the reminder's layout, its own title and a deadline paragraph.</summary>
    FormalNotice,
}
