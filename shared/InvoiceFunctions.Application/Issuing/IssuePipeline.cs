using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Core.Time;
using InvoiceFunctions.Core.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Issuing;

/// <summary>
/// Issuing a draft: validate -> number -> render -> archive -> record, each stage a queue message. A stage does its
/// step only when the ledger row is exactly at the step before (<see cref="IssueProgress"/>), with a conditional write;
/// a message for a step already done is passed on once (the next message may have been lost with a crash) or
/// dropped. Until the record stage the invoice is <see cref="InvoiceStatus.Issuing"/>, never listed as issued.
/// </summary>
public sealed class IssuePipeline(
    ILedgerStore store, LedgerService ledger, DocumentSources sources, IDocumentStore documents, ArchiveService archive, IIssueQueue queue,
    IDeliveryQueue delivery, DunningNotifier dunning, IIssueTracker tracker, IOptions<IssuingOptions> options, TimeProvider time, ILogger<IssuePipeline>? logger = null)
{
    private const string Actor = "issue-pipeline";
    private readonly ILogger log = logger ?? NullLogger<IssuePipeline>.Instance;

    /// <summary>Checks the document now (every failure, 422) and starts the pipeline; on an invoice already in it, starts the current stage again.</summary>
    public async Task<LedgerInvoice> RequestAsync(CompanyId company, string invoiceId, string? series, string actor, CancellationToken cancellationToken)
    {
        var invoice = await ledger.GetAsync(company, invoiceId, cancellationToken);
        if (invoice.Status == InvoiceStatus.Issuing)
        {
            await queue.SendAsync(Next(invoice.Stage), new IssueMessage(company.Value, invoiceId), cancellationToken);
            return invoice;
        }

        var draft = await sources.DraftOfAsync(invoice, cancellationToken);
        var snapshot = await sources.SnapshotAsync(company, draft.Draft.CustomerId!, cancellationToken);
        if (FatalFailures(snapshot, draft, Today()) is { Count: > 0 } failures)
        {
            throw new InvoiceRulesException(failures);
        }

        series ??= invoice.Kind == InvoiceKind.CreditNote ? snapshot.Profile.CreditNoteSeries : snapshot.Profile.InvoiceSeries;
        if (!InvoiceNumber.IsValidSeries(series))
        {
            throw new LedgerValidationException([new FieldError("series", "1-10 characters A-Z and 0-9.")]);
        }

        await tracker.TrackAsync(company, invoiceId, cancellationToken);
        var requested = await store.UpdateAsync(company, invoiceId, current => IssueTransitions.Request(current, series, time.GetUtcNow(), actor), cancellationToken);
        await queue.SendAsync(IssueStage.Validate, new IssueMessage(company.Value, invoiceId), cancellationToken);
        return requested;
    }

    public async Task RunAsync(IssueStage stage, IssueMessage message, CancellationToken cancellationToken)
    {
        var company = CompanyId.Parse(message.Company);
        var invoice = await store.FindAsync(company, message.InvoiceId, cancellationToken);
        var before = Before(stage);
        if (invoice is null || invoice.Stage < before || invoice.Stage > before + 1 || (invoice.Status != InvoiceStatus.Issuing && stage != IssueStage.Record))
        {
            log.StageSkipped(message.Company, message.InvoiceId, stage);
            return;
        }

        if (invoice.Stage == before)
        {
            if (!await StepAsync(stage, invoice, cancellationToken))
            {
                return;
            }

            log.StageDone(message.Company, message.InvoiceId, stage);
            if (options.Value.CrashAfterStage == stage)
            {
                log.CrashingForTest(message.Company, message.InvoiceId, stage);
                Environment.FailFast($"Issuing:CrashAfterStage={stage} (test only)");
            }
        }

        await ForwardAsync(stage, invoice, message, cancellationToken);
    }

    /// <summary>Does the stage's step; false when the invoice left the pipeline (refused).</summary>
    private async Task<bool> StepAsync(IssueStage stage, LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        var company = invoice.Company;
        switch (stage)
        {
            case IssueStage.Validate:
                return await ValidateAsync(invoice, cancellationToken);
            case IssueStage.Number:
                var draft = await sources.DraftOfAsync(invoice, cancellationToken);
                // The issue date is the company's calendar day (its time zone): a recurring run on the 1st there dates its invoices the 1st.
                var today = LocalClock.LocalDate(time.GetUtcNow(), draft.Snapshot!.Profile.Zone());
                var dueDate = DocumentComposer.DueDateOf(draft.Snapshot!, draft, today);
                await Guard(() => store.IssueAsync(
                    invoice, invoice.Series!, today.Year, (current, number) => IssueTransitions.Number(current, number, today, dueDate, time.GetUtcNow(), Actor), cancellationToken));
                return true;
            case IssueStage.Render:
                var document = await sources.DraftOfAsync(invoice, cancellationToken);
                var (snapshot, draftRequest) = (document.Snapshot!, document.Draft);
                var composed = DocumentComposer.Compose(snapshot, document, invoice.Number!, invoice.IssueDate!.Value);
                // The logo frozen at validation: a retried render (or a later change of logo) draws the same bytes.
                var logo = await sources.LogoAsync(company, snapshot.Logo, cancellationToken);
                var files = DocumentRenderer.Render(
                    composed, DocumentComposer.FormatOf(snapshot.Profile, snapshot.Customer, draftRequest), DocumentComposer.RenderOptionsOf(snapshot.Profile, snapshot.Customer, draftRequest, logo));
                await documents.PutRenderedAsync(company, invoice.Id, files, cancellationToken);
                var names = string.Join(", ", files.Select(f => f.Name));
                await Guard(() => store.UpdateAsync(invoice, current => IssueTransitions.Rendered(current, names, time.GetUtcNow(), Actor), cancellationToken));
                return true;
            case IssueStage.Archive:
                var rendered = await documents.GetRenderedAsync(company, invoice.Id, cancellationToken);
                await archive.ArchiveAsync(company, invoice.Id, rendered, Actor, cancellationToken, key: $"issue-{invoice.Id}");
                return true;
            default:
                await RecordAsync(invoice, cancellationToken);
                return true;
        }
    }

    private async Task<bool> ValidateAsync(LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        var draft = await sources.DraftOfAsync(invoice, cancellationToken);
        IssueSnapshot? snapshot = null;
        string? rules;
        try
        {
            snapshot = await sources.SnapshotAsync(invoice.Company, draft.Draft.CustomerId!, cancellationToken);
            var failures = FatalFailures(snapshot, draft, Today());
            rules = failures.Count == 0 ? null : string.Join(", ", failures.Select(f => $"{f.RuleId} {f.Path}"));
        }
        catch (LedgerValidationException invalid)
        {
            rules = string.Join(", ", invalid.Errors.Select(e => $"{e.Path}: {e.Message}"));
        }

        if (rules is not null || snapshot is null)
        {
            rules ??= "no snapshot";
            log.Refused(invoice.Company.Value, invoice.Id, rules);
            await Guard(() => store.UpdateAsync(invoice, current => IssueTransitions.Refuse(current, rules, time.GetUtcNow(), Actor), cancellationToken));
            await tracker.UntrackAsync(invoice.Company, invoice.Id, cancellationToken);
            return false;
        }

        snapshot = snapshot with { Logo = await sources.FreezeLogoAsync(invoice.Company, cancellationToken) };
        var frozen = await documents.SaveDraftAsync(invoice.Company, invoice.Id, draft with { Snapshot = snapshot }, cancellationToken);
        await Guard(() => store.UpdateAsync(
            invoice, current => IssueTransitions.Validated(current with { Document = frozen }, time.GetUtcNow(), Actor), cancellationToken));
        return true;
    }

    /// <summary>The last step: a credit note first reduces its invoice (once), then the document shows as issued.</summary>
    private async Task RecordAsync(LedgerInvoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.CorrectedInvoiceId is { } credited)
        {
            var creditedInvoice = await store.UpdateAsync(invoice.Company, credited, original => IssueTransitions.ApplyCredit(original, invoice, time.GetUtcNow(), Actor), cancellationToken);
            await dunning.NotifyAsync(creditedInvoice, DunningEvent.CreditNoteIssued, cancellationToken);
        }

        await Guard(() => store.UpdateAsync(invoice, current => IssueTransitions.Issued(current, time.GetUtcNow(), Actor), cancellationToken));
        log.Issued(invoice.Company.Value, invoice.Id, invoice.Number);
    }

    private async Task ForwardAsync(IssueStage stage, LedgerInvoice invoice, IssueMessage message, CancellationToken cancellationToken)
    {
        if (stage != IssueStage.Record)
        {
            await queue.SendAsync(stage + 1, message, cancellationToken);
            return;
        }

        // The invoice.issued event went into the feed with the Issued change itself (same transaction).
        if (invoice.Document is not null && (await sources.DraftOfAsync(invoice, cancellationToken)).Draft.Send == false)
        {
            log.DeliveryHeld(message.Company, message.InvoiceId);
        }
        else
        {
            await delivery.EnqueueAsync(new DeliveryMessage(message.Company, message.InvoiceId, "issued"), cancellationToken);
        }

        await dunning.StartAsync(invoice, cancellationToken);
        await tracker.UntrackAsync(invoice.Company, message.InvoiceId, cancellationToken);
    }

    /// <summary>
    /// Starts again the stage of every tracked invoice that has not moved for <see cref="IssuingOptions.StallAfter"/>
    /// (its message lost with a crashed host, or still leased by it); stages are idempotent, so a duplicate costs only work.
    /// </summary>
    /// <returns>How many stage messages were sent again.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var resent = 0;
        var stalledBefore = time.GetUtcNow() - options.Value.StallAfter;
        foreach (var tracked in await tracker.ListAsync(1000, cancellationToken))
        {
            var company = CompanyId.Parse(tracked.Company);
            var invoice = await store.FindAsync(company, tracked.InvoiceId, cancellationToken);
            if (invoice is null || (invoice.Status != InvoiceStatus.Issuing && invoice.Stage != IssueProgress.Issued))
            {
                if (invoice is null || invoice.UpdatedAt < stalledBefore)
                {
                    await tracker.UntrackAsync(company, tracked.InvoiceId, cancellationToken);
                }
            }
            else if (invoice.UpdatedAt < stalledBefore)
            {
                await queue.SendAsync(invoice.Stage == IssueProgress.Issued ? IssueStage.Record : Next(invoice.Stage), tracked, cancellationToken);
                log.Resent(tracked.Company, tracked.InvoiceId, invoice.Stage);
                resent++;
            }
        }

        return resent;
    }

    /// <summary>A step lost to a concurrent run of the same stage is not a failure: the other run did it.</summary>
    private static async Task Guard(Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (InvoiceStateException)
        {
        }
    }

    /// <summary>The fatal rule failures of the document as it would be issued today (BT-1 a placeholder until numbering).</summary>
    private static List<RuleFailure> FatalFailures(IssueSnapshot snapshot, DocumentDraft draft, DateOnly today) =>
        InvoiceValidator.Validate(DocumentComposer.Compose(snapshot, draft, DraftService.PreviewNumber, today), ValidationProfile.France)
            .Failures.Where(f => f.Severity == RuleSeverity.Fatal).ToList();

    /// <summary>The ledger step a stage starts from.</summary>
    private static IssueProgress Before(IssueStage stage) => stage switch
    {
        IssueStage.Validate => IssueProgress.Requested,
        IssueStage.Number => IssueProgress.Validated,
        IssueStage.Render => IssueProgress.Numbered,
        IssueStage.Archive => IssueProgress.Rendered,
        _ => IssueProgress.Archived,
    };

    /// <summary>The stage that takes an invoice on from a ledger step.</summary>
    private static IssueStage Next(IssueProgress progress) => progress switch
    {
        IssueProgress.Validated => IssueStage.Number,
        IssueProgress.Numbered => IssueStage.Render,
        IssueProgress.Rendered => IssueStage.Archive,
        IssueProgress.Archived => IssueStage.Record,
        _ => IssueStage.Validate,
    };

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
