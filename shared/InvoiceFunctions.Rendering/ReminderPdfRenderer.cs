using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Rendering.Drawing;
using InvoiceFunctions.Rendering.Layout;

namespace InvoiceFunctions.Rendering;

/// <summary>
/// Renders a payment reminder (relance) as an A4 PDF with the invoice's composers: title and date, parties, the overdue
/// invoices with their days late and amounts, the fees claimed (late interest, recovery indemnity), the total due, the payment block with the EPC QR code of the total (euro
/// transfers to an IBAN), notes and the French legal mentions on late payment.
/// </summary>
public static class ReminderPdfRenderer
{
    public static byte[] Render(PaymentReminder reminder, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (reminder.Invoices.Count == 0)
        {
            throw new RenderingException("A reminder lists at least one overdue invoice.");
        }

        options ??= new RenderOptions();
        var total = reminder.TotalDue;
        // The composers read an invoice: the reminder travels as one with no lines and the total due as its amount due.
        var carrier = new Invoice
        {
            Number = reminder.Number,
            IssueDate = reminder.IssueDate,
            CurrencyCode = reminder.CurrencyCode,
            Seller = reminder.Seller,
            Buyer = reminder.Buyer,
            PaymentInstructions = reminder.Payment,
            Notes = (reminder.Notes ?? []).Select(n => new Note(n)).ToList(),
            Totals = DocumentTotals.Zero with { TaxExclusiveAmount = total, TaxInclusiveAmount = total, AmountDue = total },
        };
        using var c = new LayoutContext(carrier, options, reminder.Level switch
        {
            ReminderLevel.FirmReminder => DocumentKind.FirmReminder,
            ReminderLevel.FormalNotice => DocumentKind.FormalNotice,
            _ => DocumentKind.Reminder,
        });
        HeaderComposer.Compose(c);
        PartiesComposer.Compose(c);
        OverdueTableComposer.Compose(c, reminder.Invoices, reminder.Fees ?? [], reminder.IssueDate);
        PaymentComposer.Compose(c);
        NotesComposer.Compose(c);
        FooterComposer.Compose(c);
        return PdfPainter.Paint(c.Pages, c.Shaper, InvoicePdfRenderer.Info(c, options));
    }
}
