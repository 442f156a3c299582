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
/// (partition = company, row "{subscription}|{periodStart}" for the invoice, "...|credit" for a cancellation's
/// credit note, added once with the document's id). Updates are conditional on the ETag read.
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

    public Task<ResultPage<Subscription>> ListAsync(CompanyId company, SubscriptionStatus? status, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(
            subscriptions,
            status is { } only ? TableClient.CreateQueryFilter($"PartitionKey eq {company.Value} and Status eq {only.ToString()}") : TableClient.CreateQueryFilter($"PartitionKey eq {company.Value}"),
            pageSize,
            continuation,
            FromEntity,
            cancellationToken);

    public async Task<Subscription?> TryUpdateAsync(Subscription previous, Subscription updated, CancellationToken cancellationToken)
    {
        Response response;
        try
        {
            response = await subscriptions.UpdateEntityAsync(ToEntity(updated), previous.Version is { } v ? new ETag(v) : ETag.All, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return null;
        }

        if (DueRow(previous) is { } old && old != DueRow(updated))
        {
            await due.DeleteEntityAsync(DuePartition, old, ETag.All, cancellationToken);
        }

        await IndexAsync(updated, cancellationToken);
        return updated with { Version = response.Headers.ETag?.ToString() };
    }

    public async Task<DuePage> DuePageAsync(DateOnly day, string? after, string? through, int max, CancellationToken cancellationToken)
    {
        var upTo = day.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DuePartition} and RowKey gt {after ?? ""} and RowKey lt {upTo}")
            + (through is null ? "" : " and " + TableClient.CreateQueryFilter($"RowKey le {through}"));
        var found = new List<(CompanyId, string)>();
        string? last = null;
        await foreach (var row in due.QueryAsync<TableEntity>(filter, Math.Min(max, 1000), ["RowKey"], cancellationToken))
        {
            var parts = row.RowKey.Split('|');
            found.Add((CompanyId.Parse(parts[1]), parts[2]));
            last = row.RowKey;
            if (found.Count >= max)
            {
                break;
            }
        }

        return new DuePage(found, last);
    }

    public async Task<PeriodClaim> ClaimAsync(CompanyId company, PeriodClaim proposed, CancellationToken cancellationToken)
    {
        // The document id is written with the claim itself: whoever loses the race reads it and drafts that same document.
        try
        {
            await periods.AddEntityAsync(ClaimEntity(company, proposed with { Issued = false }), cancellationToken);
            return proposed with { Issued = false };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return FromClaim((await periods.GetEntityAsync<TableEntity>(company.Value, ClaimRow(proposed), cancellationToken: cancellationToken)).Value);
        }
    }

    public Task MarkIssuedAsync(CompanyId company, PeriodClaim claim, CancellationToken cancellationToken) =>
        periods.UpsertEntityAsync(ClaimEntity(company, claim with { Issued = true }), TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<PeriodClaim>> ClaimsAsync(CompanyId company, string subscriptionId, CancellationToken cancellationToken)
    {
        // Rows "{subscription}|..." sort between "{subscription}|" and "{subscription}}" ('}' follows '|').
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {company.Value} and RowKey gt {subscriptionId + "|"} and RowKey lt {subscriptionId + "}"}");
        var claims = new List<PeriodClaim>();
        await foreach (var row in periods.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            claims.Add(FromClaim(row));
        }

        return claims;
    }

    private async Task IndexAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        if (DueRow(subscription) is { } row)
        {
            await due.UpsertEntityAsync(new TableEntity(DuePartition, row), TableUpdateMode.Replace, cancellationToken);
        }
    }

    private static string? DueRow(Subscription s) =>
        s.Status == SubscriptionStatus.Active && s.NextInvoiceDate is { } next ? $"{next:yyyyMMdd}|{s.Company.Value}|{s.Id}" : null;

    private static string ClaimRow(PeriodClaim claim) =>
        $"{claim.SubscriptionId}|{claim.PeriodStart:yyyy-MM-dd}" + (claim.Kind == PeriodDocument.CreditNote ? "|credit" : "");

    private static TableEntity ClaimEntity(CompanyId company, PeriodClaim claim) =>
        new(company.Value, ClaimRow(claim)) { ["InvoiceId"] = claim.InvoiceId, ["Issued"] = claim.Issued, ["Kind"] = claim.Kind.ToString() };

    private static PeriodClaim FromClaim(TableEntity row)
    {
        var parts = row.RowKey.Split('|');
        return new PeriodClaim(
            parts[0], DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetString("InvoiceId"), row.GetBoolean("Issued") ?? false,
            Enum.TryParse<PeriodDocument>(row.GetString("Kind"), out var kind) ? kind : PeriodDocument.Invoice);
    }

    private static TableEntity ToEntity(Subscription s) => new(s.Company.Value, s.Id)
    {
        ["Body"] = JsonSerializer.Serialize(s with { Company = default }, StoredJson.Options),
        ["Status"] = s.Status.ToString(),
    };

    private static Subscription FromEntity(TableEntity entity) =>
        JsonSerializer.Deserialize<Subscription>(entity.GetString("Body"), StoredJson.Options)! with { Company = CompanyId.Parse(entity.PartitionKey), Version = entity.ETag.ToString() };
}
