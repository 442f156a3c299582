using System.Security.Cryptography;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Intake.Batch;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Formats;
using InvoiceFunctions.Core.Validation;
using Microsoft.Extensions.Logging;

namespace InvoiceFunctions.Application.Intake;

/// <summary>
/// The import every door shares (upload, mailbox, partner webhook): read the file, check it against EN 16931, tell
/// whether the company sold or bought, find or add the other party, record it in the ledger, archive the original
/// bytes, deliver imported sales when the company asked for it and start their dunning (a sales invoice with a due date; the
/// steps whose day had passed at the import are skipped but the latest). Refusals go to quarantine with their reason.
/// Each step can run again: the source key's claim reserves the invoice id, the ledger finds the invoice made under
/// it, the archive is keyed by it, and the quarantine item's id is derived from it.
/// </summary>
public sealed class InvoiceIntake(
    IIntakeStore claims,
    ICompanyStore companies,
    IntakeCounterparties counterparties,
    LedgerService ledger,
    ArchiveService archive,
    IntakeQuarantine quarantine,
    BatchExpander batches,
    IDeliveryQueue delivery,
    DunningNotifier dunning,
    TimeProvider time,
    ILogger<InvoiceIntake> logger)
{
    private const string Actor = "intake";

    /// <summary>
    /// The upload door: a file dropped as "inbox/{company}/{name}". The source key is the name and the content's SHA-256,
    /// so the same upload seen twice (an event delivered again) imports once, and new content under the same name is a new file.
    /// </summary>
    public async Task<IntakeResult> ImportUploadAsync(string company, string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var document = new IntakeDocument(name, content, SourceChannel.Upload, $"upload:{company}/{name}:{Convert.ToHexStringLower(SHA256.HashData(content.Span))}");
        return CompanyId.TryParse(company, out var id) && await companies.FindAsync(id, cancellationToken) is not null
            ? await ImportAsync(id, document, cancellationToken)
            : await quarantine.RefuseUnknownCompanyAsync(company, document, cancellationToken);
    }

    public async Task<IntakeResult> ImportAsync(CompanyId company, IntakeDocument document, CancellationToken cancellationToken)
    {
        var claim = await claims.ClaimAsync(company, document.SourceKey, LedgerIds.NewInvoiceId(time.GetUtcNow()), cancellationToken);
        var batch = IntakeFormats.Detect(document.Content.Span) is IntakeFormat.JsonBatch or IntakeFormat.CsvBatch;
        if (claim.Result is { } earlier)
        {
            logger.Replayed(company.Value, document.Name, earlier.Outcome);
            // A batch's own claim keeps no per-invoice list: going through it again answers each invoice from its claim, making nothing new.
            return batch && earlier.QuarantineId is null
                ? await ImportBatchAsync(company, document, claim.ReservedId, cancellationToken) with { Replayed = true }
                : earlier with { Replayed = true };
        }

        var result = batch
            ? await ImportBatchAsync(company, document, claim.ReservedId, cancellationToken)
            : await ImportOnceAsync(company, document, claim.ReservedId, cancellationToken);
        await claims.CompleteAsync(company, document.SourceKey, claim, result, cancellationToken);
        return result;
    }

    /// <summary>Each invoice of a batch is imported under its own source key ("{batch key}#{index}"), so a retried batch completes and never repeats one.</summary>
    private async Task<IntakeResult> ImportBatchAsync(CompanyId company, IntakeDocument document, string reservedId, CancellationToken cancellationToken)
    {
        var (entries, refusal) = await batches.ExpandAsync(company, document.Content, cancellationToken);
        if (refusal is not null)
        {
            return await quarantine.RefuseAsync(company, document, reservedId, refusal, cancellationToken);
        }

        var items = new List<IntakeResult>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var part = new IntakeDocument($"{document.Name}/{entry.Label}", entry.Content, document.Channel, $"{document.SourceKey}#{i}");
            if (entry.Refusal is null)
            {
                items.Add(await ImportAsync(company, part, cancellationToken));
                continue;
            }

            var claim = await claims.ClaimAsync(company, part.SourceKey, LedgerIds.NewInvoiceId(time.GetUtcNow()), cancellationToken);
            var refused = claim.Result ?? await quarantine.RefuseAsync(company, part, claim.ReservedId, entry.Refusal, cancellationToken);
            await claims.CompleteAsync(company, part.SourceKey, claim, refused, cancellationToken);
            items.Add(refused);
        }

        var all = items.All(r => r.InvoiceId is not null);
        return new IntakeResult(
            all ? IntakeOutcome.Imported : IntakeOutcome.Quarantined, null, null, all ? null : $"{items.Count(r => r.InvoiceId is null)} of {items.Count} invoices refused.", Items: items);
    }

    private async Task<IntakeResult> ImportOnceAsync(CompanyId company, IntakeDocument document, string invoiceId, CancellationToken cancellationToken)
    {
        var reading = IntakeReader.Read(document.Content);
        if (reading.Refusal is { } refusal)
        {
            return await quarantine.RefuseAsync(company, document, invoiceId, refusal, cancellationToken);
        }

        var invoice = reading.Read!.Invoice;
        var report = InvoiceXml.Validate(reading.Read, ValidationProfile.En16931);
        if (!report.IsValid)
        {
            var fatal = report.Failures.Where(f => f.Severity == RuleSeverity.Fatal).ToList();
            var details = fatal.Select(f => $"{f.RuleId} {f.Path}: {f.Message}").ToList();
            return await quarantine.RefuseAsync(
                company, document, invoiceId, new IntakeRefusal(IntakeRefusalCode.InvalidInvoice, $"{fatal.Count} EN 16931 rule(s) fail, first {fatal[0].RuleId}.", details), cancellationToken);
        }

        var owner = await companies.FindAsync(company, cancellationToken) ?? throw new CompanyNotFoundException(company);
        if (IntakeParties.DirectionOf(owner, invoice) is not { } direction)
        {
            return await quarantine.RefuseAsync(
                company, document, invoiceId, new IntakeRefusal(IntakeRefusalCode.NotAParty, $"{owner.Name} is neither the seller ({invoice.Seller.Name}) nor the buyer ({invoice.Buyer.Name}) by SIREN or VAT id."), cancellationToken);
        }

        var counterparty = await counterparties.FindOrAddAsync(owner, direction, direction == InvoiceDirection.Sales ? invoice.Buyer : invoice.Seller, cancellationToken);
        var request = IntakeRecords.ToLedger(invoice, direction, counterparty.Id, document.Channel);
        LedgerInvoice recorded;
        try
        {
            recorded = await ledger.ImportAsync(company, invoiceId, request, IntakeRecords.Describe(document, reading, invoice), Actor, cancellationToken);
        }
        catch (DuplicateInvoiceException duplicate)
        {
            return await quarantine.RefuseAsync(
                company, document, invoiceId, new IntakeRefusal(IntakeRefusalCode.Duplicate, $"Invoice {invoice.Number} of {invoice.Seller.Name} is already recorded as {duplicate.ExistingInvoiceId} (duplicate policy: block)."), cancellationToken);
        }

        await archive.ArchiveAsync(company, invoiceId, IntakeRecords.ArchiveFiles(document, reading), Actor, cancellationToken, key: "intake:" + invoiceId);
        if (direction == InvoiceDirection.Sales && (await ledger.GetSettingsAsync(company, cancellationToken)).DeliverImportedSales)
        {
            // The delivery stage keeps one record per invoice and channel: a second message for the same invoice sends nothing more.
            await delivery.EnqueueAsync(new DeliveryMessage(company.Value, invoiceId, "issued"), cancellationToken);
        }

        if (direction == InvoiceDirection.Sales)
        {
            await dunning.StartAsync(recorded, cancellationToken);
        }

        logger.Imported(company.Value, document.Name, invoiceId, direction, invoice.Number);
        return recorded.DuplicateOf is { } original
            ? new IntakeResult(IntakeOutcome.DuplicateSuspected, invoiceId, null, $"Same seller, number, date and total as {original}.")
            : new IntakeResult(IntakeOutcome.Imported, invoiceId, null, null);
    }
}
