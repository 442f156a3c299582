using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Dunning;
using InvoiceFunctions.Rendering;
using InvoiceFunctions.Rendering.Localization;

namespace InvoiceFunctions.Application.Dunning;

/// <summary>
/// The reminder letter of a dunning step as a PDF (<see cref="ReminderPdfRenderer"/>): the invoice with what remains due on it
/// and the step's fees (named by their fee document), titled after the step (reminder, final reminder, formal notice), in the
/// customer's language, with the company's look (billing profile, logo) and the EPC QR code of the total. Attached to the
/// step's mail, its webhook event or its postal batch, and kept with the dunning's files; dated the step's day so a retried
/// step draws the same bytes.
/// </summary>
public sealed class DunningReminderPdf(DocumentSources sources, IDunningFileStore files)
{
    /// <summary>The steps that carry a letter: the pre-due notice is a courtesy mail, collection hands the file over instead.</summary>
    public static bool HasLetter(DunningStepKind kind) => kind is DunningStepKind.Reminder or DunningStepKind.FirmReminder or DunningStepKind.FormalNotice;

    /// <param name="always">Draw one for any step (a postal step is a letter whatever its kind).</param>
    /// <returns>The letter, or null for a step without one.</returns>
    public async Task<MailAttachment?> RenderAsync(LedgerInvoice invoice, PlannedStep step, string? feeDocument, CancellationToken cancellationToken, bool always = false)
    {
        if (!(always || HasLetter(step.Kind)) || invoice is not { Number: { } number, IssueDate: { } issued, DueDate: { } due })
        {
            return null;
        }

        var snapshot = await sources.SnapshotAsync(invoice.Company, invoice.CounterpartyId, cancellationToken);
        var logo = await sources.LogoAsync(invoice.Company, cancellationToken);
        var language = DeliveryLanguage.For(snapshot.Customer);
        var options = DocumentComposer.RenderOptionsOf(snapshot.Profile, snapshot.Customer, new InvoiceDraft(invoice.CounterpartyId, null), logo) with
        {
            Language = language == "fr" ? DocumentLanguage.French : DocumentLanguage.English,
            CreatedAt = new DateTimeOffset(step.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
        var fees = new List<ReminderFee>();
        if (step.Interest > 0m)
        {
            fees.Add(new ReminderFee(ReminderFeeKind.LateInterest, step.Interest, feeDocument));
        }

        if (step.RecoveryIndemnity > 0m)
        {
            fees.Add(new ReminderFee(ReminderFeeKind.RecoveryIndemnity, step.RecoveryIndemnity, feeDocument));
        }

        var reminder = new PaymentReminder(
            $"{number}-{step.Key}",
            step.Date,
            invoice.Amounts.Currency,
            DocumentComposer.Seller(snapshot.Company, snapshot.Profile),
            DocumentComposer.Buyer(snapshot.Customer),
            [new OverdueInvoice(number, issued, due, invoice.Balance)],
            DocumentComposer.Payment(snapshot.Company, snapshot.Profile, number),
            null,
            step.Kind switch
            {
                DunningStepKind.FirmReminder => ReminderLevel.FirmReminder,
                DunningStepKind.FormalNotice => ReminderLevel.FormalNotice,
                _ => ReminderLevel.Reminder,
            },
            fees);
        var letter = new MailAttachment(FileName(language, number, step), "application/pdf", ReminderPdfRenderer.Render(reminder, options));

        // Kept with the dunning's files (the last drawing of a step wins: the one with its fee document) for the collection file.
        await files.PutAsync(invoice.Company, invoice.Id, letter, cancellationToken);
        return letter;
    }

    /// <summary>"relance-F-2026-000001-reminder-1.pdf", "mise-en-demeure-...", "formal-notice-...", "...-reminder-1-postal.pdf" (letters, digits and '-' kept).</summary>
    public static string FileName(string language, string number, PlannedStep step)
    {
        var prefix = (step.Kind, language) switch
        {
            (DunningStepKind.FormalNotice, "fr") => "mise-en-demeure",
            (DunningStepKind.FormalNotice, _) => "formal-notice",
            (_, "fr") => "relance",
            _ => "reminder",
        };
        // A postal re-send's key ("reminder-1:postal") has a ':' that no file system likes.
        return $"{prefix}-{DocumentRenderer.SafeName(number)}-{step.Key.Replace(':', '-')}.pdf";
    }
}
