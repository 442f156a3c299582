using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Model;
using InvoiceFunctions.Core.Validation;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// Sales documents before issue: create a draft from JSON (products from the catalogue), edit it while it is a
/// draft (If-Match), preview the composed document with every rule failure, and draft credit notes from issued invoices.
/// </summary>
public sealed class DraftService(ILedgerStore store, LedgerService ledger, IDocumentStore documents, DocumentSources sources, TimeProvider time)
{
    /// <summary>The number a preview carries: rules that need BT-1 pass, nobody mistakes it for a real one.</summary>
    public const string PreviewNumber = "PROFORMA";

    public Task<LedgerInvoice> CreateAsync(CompanyId company, InvoiceDraft draft, string actor, CancellationToken cancellationToken) =>
        AddAsync(company, new DocumentDraft(draft), null, actor, cancellationToken);

    /// <summary>Creates the draft under an id chosen before (an order claims it first); if it exists already, returns it.</summary>
    public Task<LedgerInvoice> CreateWithIdAsync(CompanyId company, string id, InvoiceDraft draft, string actor, CancellationToken cancellationToken) =>
        FindOrAddAsync(company, id, () => Task.FromResult((new DocumentDraft(draft), (LedgerInvoice?)null)), actor, cancellationToken);

    /// <summary>
    /// Drafts, under an id chosen before, a credit note of the issued invoice with the lines <paramref name="lines"/>
    /// makes from the invoice's own (a prorated refund); if it exists already, returns it.
    /// </summary>
    public Task<LedgerInvoice> CreateCreditNoteWithIdAsync(
        CompanyId company, string id, string invoiceId, Func<InvoiceDraft, IReadOnlyList<DraftLine>> lines, string? reason, string actor, CancellationToken cancellationToken) =>
        FindOrAddAsync(company, id, async () => await CreditNoteOfAsync(company, invoiceId, lines, reason, cancellationToken), actor, cancellationToken);

    public async Task<LedgerInvoice> UpdateAsync(CompanyId company, string invoiceId, InvoiceDraft draft, string? ifMatch, string actor, CancellationToken cancellationToken)
    {
        var current = await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (ifMatch is null)
        {
            throw new LedgerValidationException([new FieldError("If-Match", "Required: the ETag of the invoice as last read.")]);
        }

        var stored = await sources.DraftOfAsync(current, cancellationToken);
        var (document, amounts, dueDate) = await PrepareAsync(company, stored with { Draft = draft }, cancellationToken);
        var sha = await documents.SaveDraftAsync(company, invoiceId, document, cancellationToken);
        return await store.UpdateAsync(company, invoiceId, invoice =>
        {
            if (invoice.Version != ifMatch)
            {
                throw new PreconditionFailedException($"Invoice '{invoiceId}'");
            }

            if (invoice.Status != InvoiceStatus.Draft)
            {
                throw new InvoiceStateException(invoice.Id, invoice.Status, "edited");
            }

            var edited = invoice with { Document = sha, Amounts = amounts, DueDate = dueDate, CounterpartyId = draft.CustomerId! };
            return InvoiceTransitions.Change(edited, InvoiceStatus.Draft, InvoiceEventType.DraftEdited, time.GetUtcNow(), actor, null);
        }, cancellationToken);
    }

    /// <summary>The stored draft and, composed from today's profile and contact, the document it would become with its rule failures.</summary>
    public async Task<(LedgerInvoice Invoice, DocumentDraft Draft, Invoice Preview, ValidationReport Report)> PreviewAsync(
        CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        var draft = await sources.DraftOfAsync(invoice, cancellationToken);
        var snapshot = draft.Snapshot ?? await sources.SnapshotAsync(company, draft.Draft.CustomerId!, cancellationToken);
        var preview = DocumentComposer.Compose(snapshot, draft, invoice.Number ?? PreviewNumber, invoice.IssueDate ?? Today());
        return (invoice, draft, preview, InvoiceValidator.Validate(preview, ValidationProfile.France));
    }

    public async Task<LedgerInvoice> CreateCreditNoteAsync(CompanyId company, string invoiceId, CreditNoteRequest request, string actor, CancellationToken cancellationToken)
    {
        var (document, invoice) = await CreditNoteOfAsync(company, invoiceId, original => CreditNotes.Lines(original, request), request.Reason, cancellationToken);
        return await AddAsync(company, document, invoice, actor, cancellationToken);
    }

    private async Task<(DocumentDraft Document, LedgerInvoice Invoice)> CreditNoteOfAsync(
        CompanyId company, string invoiceId, Func<InvoiceDraft, IReadOnlyList<DraftLine>> lines, string? reason, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (invoice.Kind != InvoiceKind.Invoice || invoice.Number is null || invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Issuing or InvoiceStatus.Cancelled)
        {
            throw new InvoiceStateException(invoice.Id, invoice.Status, "credited by a credit note (only an issued invoice can)");
        }

        var original = (await sources.DraftOfAsync(invoice, cancellationToken)).Draft;
        var draft = original with
        {
            Lines = lines(original),
            DueDate = null,
            PaymentTerms = null,
            Prepayment = false,
            Notes = reason is { } text ? [text] : [],
        };
        return (new DocumentDraft(draft, InvoiceKind.CreditNote, new PrecedingInvoiceReference(invoice.Number, invoice.IssueDate)), invoice);
    }

    private async Task<LedgerInvoice> FindOrAddAsync(
        CompanyId company, string id, Func<Task<(DocumentDraft Document, LedgerInvoice? Credited)>> prepare, string actor, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(company, id, cancellationToken) is { } existing)
        {
            return existing;
        }

        var (document, credited) = await prepare();
        try
        {
            return await AddAsync(company, document, credited, actor, cancellationToken, id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Another runner (a concurrent billing run) added it under the same claimed id between our read and our write.
            var raced = await store.FindAsync(company, id, cancellationToken);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }
    }

    private async Task<LedgerInvoice> AddAsync(CompanyId company, DocumentDraft document, LedgerInvoice? credited, string actor, CancellationToken cancellationToken, string? id = null)
    {
        var (prepared, amounts, dueDate) = await PrepareAsync(company, document, cancellationToken);
        if (credited is not null && amounts.TaxInclusive > credited.Amounts.TaxInclusive - credited.Credited)
        {
            throw new LedgerValidationException([new FieldError("lines", $"The credit note ({amounts.TaxInclusive}) exceeds what remains to credit on the invoice ({credited.Amounts.TaxInclusive - credited.Credited}).")]);
        }

        var now = time.GetUtcNow();
        id ??= LedgerIds.NewInvoiceId(now);
        var sha = await documents.SaveDraftAsync(company, id, prepared, cancellationToken);
        var invoice = new LedgerInvoice(
            company, id, InvoiceDirection.Sales, null, null, InvoiceStatus.Draft, null, prepared.Draft.CustomerId!, company.Value, null, dueDate, amounts, 0m,
            SourceChannel.Api, [], null, 1, now, now, Document: sha, Kind: prepared.Kind, CorrectedInvoiceId: credited?.Id);
        await store.AddAsync(invoice, [new InvoiceEvent(1, InvoiceEventType.Created, now, InvoiceStatus.Draft, actor, prepared.Kind.ToString())], null, cancellationToken);
        return invoice;
    }

    /// <summary>Checks the draft's shape, fills products, and composes it once to know its amounts (the ledger lists and queries them).</summary>
    public async Task<(DocumentDraft Document, InvoiceAmounts Amounts, DateOnly? DueDate)> PrepareAsync(CompanyId company, DocumentDraft document, CancellationToken cancellationToken)
    {
        var errors = DraftRules.Check(document.Draft);
        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var resolved = document with { Draft = await sources.ResolveProductsAsync(company, document.Draft, cancellationToken) };
        var snapshot = await sources.SnapshotAsync(company, resolved.Draft.CustomerId!, cancellationToken);
        var preview = DocumentComposer.Compose(snapshot, resolved, PreviewNumber, Today());
        var totals = preview.Totals;
        return (resolved, new InvoiceAmounts(preview.CurrencyCode, totals.TaxExclusiveAmount, totals.TaxTotal ?? 0m, totals.TaxInclusiveAmount, totals.AmountDue), resolved.Draft.DueDate);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
