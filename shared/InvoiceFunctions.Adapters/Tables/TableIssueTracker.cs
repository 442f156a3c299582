using Azure;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Invoices in the pipeline in table IssuesInFlight: one partition, rows "{company}|{invoice}", removed when issued or refused.</summary>
public sealed class TableIssueTracker(StorageClients clients) : IIssueTracker
{
    private const string Partition = "inflight";
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.IssuesInFlight);

    public Task TrackAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(Partition, $"{company.Value}|{invoiceId}"), TableUpdateMode.Replace, cancellationToken);

    public async Task UntrackAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(Partition, $"{company.Value}|{invoiceId}", cancellationToken: cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Untracked before (a duplicate record message).
        }
    }

    public async Task<IReadOnlyList<IssueMessage>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var tracked = new List<IssueMessage>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, max, ["RowKey"], cancellationToken))
        {
            var parts = row.RowKey.Split('|', 2);
            tracked.Add(new IssueMessage(parts[0], parts[1]));
            if (tracked.Count >= max)
            {
                break;
            }
        }

        return tracked;
    }
}
