using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Recurring;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>
/// Billing run reports: partition "run" for the runs, partition = company for each company's share; rows
/// "{inverted ticks of the run's instant}|{run id}" so a partition reads newest first.
/// </summary>
public sealed class TableBillingRunStore(StorageClients clients) : IBillingRunStore
{
    private const string RunsPartition = "run";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.BillingRuns);

    public async Task SaveAsync(BillingRunReport run, IReadOnlyList<(CompanyId Company, BillingRunReport Report)> companies, CancellationToken cancellationToken)
    {
        await table.UpsertEntityAsync(ToEntity(RunsPartition, run), TableUpdateMode.Replace, cancellationToken);
        foreach (var (company, report) in companies)
        {
            await table.UpsertEntityAsync(ToEntity(company.Value, report), TableUpdateMode.Replace, cancellationToken);
        }
    }

    public Task<ResultPage<BillingRunReport>> ListAsync(CompanyId? company, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(
            table,
            TableClient.CreateQueryFilter($"PartitionKey eq {company?.Value ?? RunsPartition}"),
            pageSize,
            continuation,
            e => JsonSerializer.Deserialize<BillingRunReport>(e.GetString("Body"), StoredJson.Options)!,
            cancellationToken);

    private static TableEntity ToEntity(string partition, BillingRunReport report) =>
        new(partition, $"{(DateTimeOffset.MaxValue.UtcTicks - report.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}|{report.RunId}")
        {
            ["Body"] = JsonSerializer.Serialize(report, StoredJson.Options),
        };
}
