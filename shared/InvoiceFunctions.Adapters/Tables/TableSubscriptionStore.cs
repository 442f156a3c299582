using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Subscriptions (partition = company, row = id, the terms and lines as JSON), the due index (one partition,
/// rows "{yyyyMMdd}|{company}|{id}" so a run reads what is due with one range query) and period claims
/// (partition = company, row "{subscription}|{periodStart}", added once).
/// </summary>
public sealed class TableSubscriptionStore(StorageClients clients) : ISubscriptionStore
{
    private const string DuePartition = "due";
    private readonly TableClient subscriptions = clients.Tables.GetTableClient(TableNames.Subscriptions);
    private readonly TableClient due = clients.Tables.GetTableClient(TableNames.SubscriptionsDue);
    private readonly TableClient periods = clients.Tables.GetTableClient(TableNames.SubscriptionPeriods);

    public async Task<bool> TryAddAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await subscriptions.AddEntityAsync(ToEntity(subscription), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }

        await IndexAsync(subscription, cancellationToken);
        return true;
    }

    public async Task<Subscription?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await subscriptions.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? FromEntity(entity) : null;
    }

    public Task<ResultPage<Subscription>> ListAsync(CompanyId company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(subscriptions, TableClient.CreateQueryFilter($"PartitionKey eq {company.Value}"), pageSize, continuation, FromEntity, cancellationToken);

    public async Task UpdateAsync(Subscription previous, Subscription updated, CancellationToken cancellationToken)
    {
        await subscriptions.UpsertEntityAsync(ToEntity(updated), TableUpdateMode.Replace, cancellationToken);
        if (DueRow(previous) is { } old && old != DueRow(updated))
        {
            await due.DeleteEntityAsync(DuePartition, old, ETag.All, cancellationToken);
        }

        await IndexAsync(updated, cancellationToken);
    }

    public async Task<IReadOnlyList<(CompanyId Company, string Id)>> DueAsync(DateOnly day, int max, CancellationToken cancellationToken)
    {
        var upTo = day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var found = new List<(CompanyId, string)>();
        await foreach (var row in due.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey lt {upTo}"), cancellationToken: cancellationToken))
        {
            var parts = row.RowKey.Split('|');
            found.Add((CompanyId.Parse(parts[1]), parts[2]));
            if (found.Count >= max)
            {
                break;
            }
        }

        return found;
    }

    public async Task<PeriodClaim?> TryClaimPeriodAsync(CompanyId company, string subscriptionId, DateOnly periodStart, CancellationToken cancellationToken)
    {
        var row = PeriodRow(subscriptionId, periodStart);
        try
        {
            await periods.AddEntityAsync(new TableEntity(company.Value, row) { ["Issued"] = false }, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await periods.GetEntityAsync<TableEntity>(company.Value, row, cancellationToken: cancellationToken)).Value;
            return new PeriodClaim(subscriptionId, periodStart, existing.GetString("InvoiceId"), existing.GetBoolean("Issued") ?? false);
        }
    }

    public Task SavePeriodAsync(CompanyId company, PeriodClaim claim, CancellationToken cancellationToken) =>
        periods.UpsertEntityAsync(
            new TableEntity(company.Value, PeriodRow(claim.SubscriptionId, claim.PeriodStart)) { ["InvoiceId"] = claim.InvoiceId, ["Issued"] = claim.Issued },
            TableUpdateMode.Replace,
            cancellationToken);

    private async Task IndexAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (DueRow(subscription) is { } row)
        {
            await due.UpsertEntityAsync(new TableEntity(DuePartition, row), TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static string? DueRow(Subscription s) =>
        s.Status == SubscriptionStatus.Active && s.NextInvoiceDate is { } next ? $"{next:yyyyMMdd}|{s.Company.Value}|{s.Id}" : null;

    private static string PeriodRow(string subscriptionId, DateOnly start) => $"{subscriptionId}|{start:yyyy-MM-dd}";

    private static TableEntity ToEntity(Subscription s) => new(s.Company.Value, s.Id)
    {
        ["Body"] = JsonSerializer.Serialize(s with { Company = default }, StoredJson.Options),
        ["Status"] = s.Status.ToString(),
    };

    private static Subscription FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<Subscription>(entity.GetString("Body"), StoredJson.Options)! with { Company = CompanyId.Parse(entity.PartitionKey) };
}
