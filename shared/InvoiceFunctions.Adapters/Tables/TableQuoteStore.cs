using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Quotes;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Quotes in table Quotes (partition = company): rows "q|{id}" and the number counters "num|{series}|{year}".</summary>
public sealed class TableQuoteStore(StorageClients clients) : IQuoteStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.Quotes);

    public Task AddAsync(Quote quote, CancellationToken cancellationToken) => table.AddEntityAsync(ToEntity(quote), cancellationToken);

    public async Task<Quote?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, "q|" + id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e ? ToQuote(e) : null;
    }

    public async Task<Quote> UpdateAsync(Quote updated, CancellationToken cancellationToken) =>
        updated with { Version = await TableWrites.ReplaceAsync(table, ToEntity(updated), updated.Version!, $"Quote '{updated.Id}'", cancellationToken) };

    public Task<Quote> NumberAsync(Quote updated, string series, int year, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync($"Quote series {series}/{year}", async () =>
        {
            var (next, counterAction) = await NumberCounters.NextAsync(table, updated.Company.Value, series, year, updated.Id, cancellationToken);
            var numbered = updated with { Number = string.Create(CultureInfo.InvariantCulture, $"{series}-{year}-{next:000000}") };
            var written = await table.SubmitTransactionAsync(
                [counterAction, new(TableTransactionActionType.UpdateReplace, ToEntity(numbered), new ETag(updated.Version!))], cancellationToken);
            return numbered with { Version = written.Value[1].Headers.ETag?.ToString() };
        }, cancellationToken);

    public Task<ResultPage<Quote>> ListAsync(CompanyId company, QuoteStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var filter = TableFilters.Prefix(company.Value, "q|") + (status is { } s ? " and " + TableClient.CreateQueryFilter($"Status eq {s.ToString()}") : "");
        return TablePages.ReadAsync(table, filter, pageSize, continuation, ToQuote, cancellationToken);
    }

    private static TableEntity ToEntity(Quote q)
    {
        var entity = new TableEntity(q.Company.Value, "q|" + q.Id)
        {
            ["Number"] = q.Number,
            ["Status"] = q.Status.ToString(),
            ["ValidUntil"] = LedgerRows.Date(q.ValidUntil),
            ["Conditions"] = q.Conditions,
            ["OrderId"] = q.OrderId,
            ["Decision"] = q.Decision,
            ["CreatedAt"] = q.CreatedAt,
            ["UpdatedAt"] = q.UpdatedAt,
            ["Logo"] = q.Logo,
            ["Mail"] = q.Mail is null ? null : JsonSerializer.Serialize(q.Mail, StoredJson.Options),
        };
        ChunkedJson.Write(entity, "Content", q.Content);
        ChunkedJson.Write(entity, "Amounts", q.Amounts);
        return entity;
    }

    private static Quote ToQuote(TableEntity e) => new(
        CompanyId.Parse(e.PartitionKey), e.RowKey[2..], e.GetString("Number"), Enum.Parse<QuoteStatus>(e.GetString("Status")),
        ChunkedJson.Read<InvoiceDraft>(e, "Content"), DateOnly.ParseExact(e.GetString("ValidUntil"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetString("Conditions"), ChunkedJson.Read<InvoiceAmounts>(e, "Amounts"), e.GetString("OrderId"), e.GetString("Decision"),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue, e.ETag.ToString(),
        e.GetString("Logo"), e.GetString("Mail") is { } mail ? JsonSerializer.Deserialize<QuoteMail>(mail, StoredJson.Options) : null);
}
