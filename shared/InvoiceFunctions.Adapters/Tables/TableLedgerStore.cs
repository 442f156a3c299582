using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// The ledger in table Ledger (<see cref="LedgerRows"/>). An invoice, its new event, a counter and a fingerprint share the
/// company's partition, so each change is one entity group transaction, conditional on the ETags read.
/// </summary>
public sealed class TableLedgerStore(StorageClients clients, WriterGate gate) : ILedgerStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Ledger);
    private readonly SeriesIssuer issuer = new(clients.Tables.GetTableClient(TableNames.Ledger), gate);

    public async Task AddAsync(LedgerInvoice invoice, IReadOnlyList<InvoiceEvent> events, string? fingerprint, CancellationToken cancellationToken)
    {
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, LedgerRows.ToEntity(invoice)) };
        actions.AddRange(events.SelectMany(e => FeedRows.EventActions(new InvoiceChange(invoice, e))));
        if (fingerprint is not null)
        {
            actions.Add(new(TableTransactionActionType.Add, new TableEntity(invoice.Company.Value, LedgerRows.Fingerprint(fingerprint)) { ["InvoiceId"] = invoice.Id }));
        }

        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409 && fingerprint is not null)
        {
            throw await FindFingerprintAsync(invoice.Company, fingerprint, cancellationToken) is { } existing
                ? new DuplicateInvoiceException(fingerprint, existing)
                : ex;
        }
    }

    public Task<LedgerInvoice?> FindAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken) =>
        LedgerRows.FindInvoiceAsync(table, company, invoiceId, cancellationToken);

    public async Task<string?> FindFingerprintAsync(CompanyId company, string fingerprint, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, LedgerRows.Fingerprint(fingerprint), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? entity.GetString("InvoiceId") : null;
    }

    public Task<LedgerInvoice> UpdateAsync(CompanyId company, string invoiceId, Func<LedgerInvoice, InvoiceChange?> change, CancellationToken cancellationToken) =>
        UpdateFromAsync(company, invoiceId, null, change, cancellationToken);

    public Task<LedgerInvoice> UpdateAsync(LedgerInvoice known, Func<LedgerInvoice, InvoiceChange?> change, CancellationToken cancellationToken) =>
        UpdateFromAsync(known.Company, known.Id, known, change, cancellationToken);

    public Task<LedgerInvoice> IssueAsync(
        CompanyId company, string invoiceId, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken) =>
        issuer.IssueAsync(company, invoiceId, null, series, year, change, cancellationToken);

    public Task<LedgerInvoice> IssueAsync(LedgerInvoice known, string series, int year, Func<LedgerInvoice, InvoiceNumber, InvoiceChange> change, CancellationToken cancellationToken) =>
        issuer.IssueAsync(known.Company, known.Id, known, series, year, change, cancellationToken);

    /// <summary>A read-decide-write from <paramref name="known"/> (no read) when given; a lost race reads the row again.</summary>
    private Task<LedgerInvoice> UpdateFromAsync(CompanyId company, string invoiceId, LedgerInvoice? known, Func<LedgerInvoice, InvoiceChange?> change, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync($"Invoice '{invoiceId}'", async () =>
        {
            var current = known ?? await FindAsync(company, invoiceId, cancellationToken) ?? throw new InvoiceNotFoundException(invoiceId);
            known = null;
            if (change(current) is not { } next)
            {
                return current;
            }

            var written = await table.SubmitTransactionAsync([Replace(next.Updated, current.Version!), .. FeedRows.EventActions(next)], cancellationToken);
            return next.Updated with { Version = written.Value[0].Headers.ETag?.ToString() };
        }, cancellationToken);

    public async Task<IReadOnlyList<InvoiceEvent>> HistoryAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var prefix = LedgerRows.EventPrefix(invoiceId);
        var events = new List<InvoiceEvent>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableFilters.Prefix(company.Value, prefix), cancellationToken: cancellationToken))
        {
            events.Add(LedgerRows.ToEvent(row));
        }

        return events;
    }

    public async Task<ResultPage<LedgerInvoice>> QueryAsync(CompanyId company, InvoiceQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<string> { TableFilters.Prefix(company.Value, LedgerRows.InvoicePrefix) };
        if (query.Status is { } status)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }

        if (query.CounterpartyId is { } counterparty)
        {
            filters.Add(TableClient.CreateQueryFilter($"CounterpartyId eq {counterparty}"));
        }

        if (query.DueFrom is { } from)
        {
            filters.Add(TableClient.CreateQueryFilter($"DueDate ge {LedgerRows.Date(from)}"));
        }

        if (query.DueTo is { } to)
        {
            filters.Add(TableClient.CreateQueryFilter($"DueDate le {LedgerRows.Date(to)}"));
        }

        if (query.Number is { } number)
        {
            filters.Add(TableClient.CreateQueryFilter($"Number eq {number}"));
        }

        if (query.Direction is { } direction)
        {
            filters.Add(TableClient.CreateQueryFilter($"Direction eq {direction.ToString()}"));
        }

        return await TablePages.ReadAsync(table, string.Join(" and ", filters), query.PageSize, query.Continuation, LedgerRows.ToInvoice, cancellationToken);
    }

    public async Task<LedgerSettings> GetSettingsAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, LedgerRows.Settings, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? new LedgerSettings(Enum.Parse<DuplicatePolicy>(e.GetString("DuplicatePolicy")), e.GetBoolean("DeliverImportedSales") ?? false) : new LedgerSettings();
    }

    public Task SaveSettingsAsync(CompanyId company, LedgerSettings settings, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(company.Value, LedgerRows.Settings) { ["DuplicatePolicy"] = settings.DuplicatePolicy.ToString(), ["DeliverImportedSales"] = settings.DeliverImportedSales }, TableUpdateMode.Replace, cancellationToken);

    private static TableTransactionAction Replace(LedgerInvoice invoice, string version) =>
        new(TableTransactionActionType.UpdateReplace, LedgerRows.ToEntity(invoice), new ETag(version));
}
