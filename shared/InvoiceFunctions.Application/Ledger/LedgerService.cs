using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.Application.Ledger;

/// <summary>The ledger's use cases: record, issue (gapless numbering), lifecycle statuses, payments, queries.</summary>
public sealed class LedgerService(ILedgerStore store, IPartyStore parties, DunningNotifier dunning, TimeProvider time)
{
    public async Task<LedgerInvoice> CreateAsync(CompanyId company, NewLedgerInvoice request, string actor, CancellationToken cancellationToken)
    {
        var errors = request.Validate().ToList();
        var expected = request.Direction == InvoiceDirection.Sales ? PartyRole.Customer : PartyRole.Supplier;
        if (errors.Count == 0 && (await parties.FindAsync(company, request.CounterpartyId!, cancellationToken))?.Role != expected)
        {
            errors.Add(new FieldError("counterpartyId", $"Not a {expected.ToString().ToLowerInvariant()} of this company."));
        }

        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        var now = time.GetUtcNow();
        var status = request.IsNumbered ? InvoiceStatus.Issued : InvoiceStatus.Draft;
        var created = new InvoiceEvent(1, InvoiceEventType.Created, now, status, actor, request.Source.ToString());
        return await AddAsync(company, LedgerIds.NewInvoiceId(now), request, status, [created], cancellationToken);
    }

    /// <summary>
    /// Records an invoice that came in through an intake door under an id chosen beforehand, so a retried import finds
    /// the invoice it made the first time (by id, or by its fingerprint pointing at that id) instead of making another.
    /// Sales invoices enter as issued, purchase invoices as to approve.
    /// </summary>
    public async Task<LedgerInvoice> ImportAsync(CompanyId company, string invoiceId, NewLedgerInvoice request, string detail, string actor, CancellationToken cancellationToken)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            throw new LedgerValidationException(errors);
        }

        if (await store.FindAsync(company, invoiceId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var status = request.Direction == InvoiceDirection.Purchase ? InvoiceStatus.ToApprove : InvoiceStatus.Issued;
        var events = new[]
        {
            new InvoiceEvent(1, InvoiceEventType.Created, now, status, actor, request.Source.ToString()),
            new InvoiceEvent(2, InvoiceEventType.Imported, now, status, actor, detail),
        };
        try
        {
            return await AddAsync(company, invoiceId, request, status, events, cancellationToken);
        }
        catch (DuplicateInvoiceException duplicate) when (duplicate.ExistingInvoiceId == invoiceId)
        {
            return await GetAsync(company, invoiceId, cancellationToken);
        }
    }

    /// <summary>Approves a purchase invoice for payment, or disputes it (a disputed one can still be approved later).</summary>
    public async Task<LedgerInvoice> DecideApprovalAsync(CompanyId company, string invoiceId, bool approve, string? comment, string actor, CancellationToken cancellationToken)
    {
        if (comment?.Length > 500)
        {
            throw new LedgerValidationException([new FieldError("comment", "At most 500 characters.")]);
        }

        RequireId(invoiceId);
        return await store.UpdateAsync(company, invoiceId, invoice => InvoiceTransitions.DecideApproval(invoice, approve, comment, time.GetUtcNow(), actor), cancellationToken);
    }

    private async Task<LedgerInvoice> AddAsync(
        CompanyId company, string invoiceId, NewLedgerInvoice request, InvoiceStatus status, IReadOnlyList<InvoiceEvent> events, CancellationToken cancellationToken)
    {
        var now = events[0].At;
        var amounts = new InvoiceAmounts(request.Currency!, request.TaxExclusive, request.Tax, request.TaxInclusive, request.Due ?? request.TaxInclusive);
        var sellerId = request.SellerId ?? (request.Direction == InvoiceDirection.Sales ? company.Value : request.CounterpartyId!);
        var invoice = new LedgerInvoice(
            company, invoiceId, request.Direction, request.Number, null, status, null, request.CounterpartyId!, sellerId,
            request.IssueDate, request.DueDate, amounts, 0m, request.Source, [], null, events.Count, now, now, Kind: request.Kind);
        if (!request.IsNumbered)
        {
            await store.AddAsync(invoice, events, null, cancellationToken);
            return invoice;
        }

        var fingerprint = InvoiceFingerprint.Of(sellerId, request.Number!, request.IssueDate!.Value, request.TaxInclusive);
        var policy = (await store.GetSettingsAsync(company, cancellationToken)).DuplicatePolicy;
        try
        {
            await store.AddAsync(invoice, events, fingerprint, cancellationToken);
            return invoice;
        }
        catch (DuplicateInvoiceException duplicate) when (policy == DuplicatePolicy.Warn && duplicate.ExistingInvoiceId != invoiceId)
        {
            var suspected = invoice with { DuplicateOf = duplicate.ExistingInvoiceId, EventCount = events.Count + 1 };
            var warning = new InvoiceEvent(events.Count + 1, InvoiceEventType.DuplicateSuspected, now, status, events[0].Actor, $"same fingerprint as {duplicate.ExistingInvoiceId}");
            await store.AddAsync(suspected, [.. events, warning], null, cancellationToken);
            return suspected;
        }
    }

    public async Task<LedgerInvoice> GetAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken) =>
        (LedgerIds.IsId(invoiceId) ? await store.FindAsync(company, invoiceId, cancellationToken) : null) ?? throw new InvoiceNotFoundException(invoiceId);

    public async Task<IReadOnlyList<InvoiceEvent>> HistoryAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        await GetAsync(company, invoiceId, cancellationToken);
        return await store.HistoryAsync(company, invoiceId, cancellationToken);
    }

    public Task<ResultPage<LedgerInvoice>> QueryAsync(CompanyId company, InvoiceQuery query, CancellationToken cancellationToken) =>
        store.QueryAsync(company, query with { PageSize = Math.Clamp(query.PageSize, 1, 1000) }, cancellationToken);

    /// <summary>Issues a draft sales invoice with the next number of <paramref name="series"/> for the current year (gapless, chronological).</summary>
    public async Task<LedgerInvoice> IssueAsync(CompanyId company, string invoiceId, string? series, string actor, CancellationToken cancellationToken)
    {
        if (!InvoiceNumber.IsValidSeries(series))
        {
            throw new LedgerValidationException([new FieldError("series", "1-10 characters A-Z and 0-9.")]);
        }

        RequireId(invoiceId);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var issued = await store.IssueAsync(company, invoiceId, series!, today.Year, (invoice, number) => InvoiceTransitions.Issue(invoice, number, today, now, actor), cancellationToken);
        await dunning.NotifyAsync(issued, DunningEvent.Start, cancellationToken);
        return issued;
    }

    public async Task<LedgerInvoice> ApplyLifecycleAsync(CompanyId company, string invoiceId, LifecycleStatus code, string actor, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(code))
        {
            throw new LedgerValidationException([new FieldError("code", "A lifecycle status code from 200 to 213.")]);
        }

        RequireId(invoiceId);
        return await UpdateForDunningAsync(company, invoiceId, null, invoice => InvoiceTransitions.ApplyLifecycle(invoice, code, time.GetUtcNow(), actor), DunningEvent.LifecycleStatusReceived, cancellationToken);
    }

    public async Task<LedgerInvoice> RecordPaymentAsync(CompanyId company, string invoiceId, decimal amount, string actor, CancellationToken cancellationToken)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            throw new LedgerValidationException([new FieldError("amount", "More than zero, with at most 2 decimals.")]);
        }

        RequireId(invoiceId);
        return await UpdateForDunningAsync(company, invoiceId, null, invoice => InvoiceTransitions.RecordPayment(invoice, amount, time.GetUtcNow(), actor), DunningEvent.PaymentReceived, cancellationToken);
    }

    /// <summary>Records an event reported by another stage (sent, delivered, bounced, reminded, overdue, disputed, credited...).</summary>
    public Task<LedgerInvoice> RecordEventAsync(CompanyId company, string invoiceId, InvoiceEventType type, string? detail, string actor, CancellationToken cancellationToken) =>
        RecordEventAsync(company, invoiceId, null, type, detail, actor, cancellationToken);

    /// <summary>As the other overload, from an invoice the caller has just read: no second read unless someone wrote in between.</summary>
    public Task<LedgerInvoice> RecordEventAsync(LedgerInvoice known, InvoiceEventType type, string? detail, string actor, CancellationToken cancellationToken) =>
        RecordEventAsync(known.Company, known.Id, known, type, detail, actor, cancellationToken);

    private async Task<LedgerInvoice> RecordEventAsync(CompanyId company, string invoiceId, LedgerInvoice? known, InvoiceEventType type, string? detail, string actor, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!InvoiceEventRules.IsReportable(type))
        {
            errors.Add(new FieldError("type", "One of Validated, Rendered, Sent, Delivered, Bounced, DeliveryFailed, Acknowledged, Reminded, Overdue, Disputed, Cancelled, Credited."));
        }

        if (detail?.Length > 500)
        {
            errors.Add(new FieldError("detail", "At most 500 characters."));
        }

        if (errors.Count > 0)
        {
            throw new LedgerValidationException(errors);
        }

        RequireId(invoiceId);
        return await UpdateForDunningAsync(company, invoiceId, known, invoice =>
        {
            var now = time.GetUtcNow();
            return InvoiceTransitions.Record(invoice, type, detail, DateOnly.FromDateTime(now.UtcDateTime), now, actor);
        }, null, cancellationToken);
    }

    public Task<LedgerInvoice> RecordArchiveAsync(CompanyId company, string invoiceId, ArchiveReference reference, string actor, CancellationToken cancellationToken) =>
        store.UpdateAsync(
            company,
            invoiceId,
            invoice => invoice.Archive.Any(a => a.Sequence == reference.Sequence) ? null : InvoiceTransitions.Archive(invoice, reference, time.GetUtcNow(), actor),
            cancellationToken);

    public Task<LedgerSettings> GetSettingsAsync(CompanyId company, CancellationToken cancellationToken) => store.GetSettingsAsync(company, cancellationToken);

    public async Task<LedgerSettings> SaveSettingsAsync(CompanyId company, LedgerSettings settings, CancellationToken cancellationToken)
    {
        await store.SaveSettingsAsync(company, settings, cancellationToken);
        return settings;
    }

    /// <summary>
    /// Applies a change and tells the invoice's dunning: the event its change of status means (payment, dispute opened or
    /// closed, credited), else <paramref name="otherwise"/>.
    /// </summary>
    private async Task<LedgerInvoice> UpdateForDunningAsync(
        CompanyId company, string invoiceId, LedgerInvoice? known, Func<LedgerInvoice, InvoiceChange?> change, DunningEvent? otherwise, CancellationToken cancellationToken)
    {
        var before = InvoiceStatus.Draft;
        InvoiceChange? Change(LedgerInvoice invoice)
        {
            before = invoice.Status;
            return change(invoice);
        }

        var updated = known is null ? await store.UpdateAsync(company, invoiceId, Change, cancellationToken) : await store.UpdateAsync(known, Change, cancellationToken);
        if ((DunningNotifier.EventOf(before, updated.Status) ?? otherwise) is { } @event)
        {
            await dunning.NotifyAsync(updated, @event, cancellationToken);
        }

        return updated;
    }

    /// <summary>An id that cannot be a row key cannot be an invoice: not found (the store then reads it once, inside its update).</summary>
    private static void RequireId(string invoiceId)
    {
        if (!LedgerIds.IsId(invoiceId))
        {
            throw new InvoiceNotFoundException(invoiceId);
        }
    }
}
