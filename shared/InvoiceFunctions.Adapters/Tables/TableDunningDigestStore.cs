using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Dunning digests in table DunningDigests: partition = company, row = the day "yyyy-MM-dd"; the insert is the day's claim.</summary>
public sealed class TableDunningDigestStore(StorageClients clients) : IDunningDigestStore
{
    private readonly TableClient table = clients.Tables.GetTableClient(TableNames.DunningDigests);

    public async Task<DunningDigest?> FindAsync(CompanyId company, DateOnly day, CancellationToken cancellationToken)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(company.Value, RowKey(day), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } e
            ? new DunningDigest(company.Value, day, e.GetInt32("Steps") ?? 0, e.GetInt32("BecameOverdue") ?? 0, e.GetString("SentTo"), e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public Task<bool> TryAddAsync(DunningDigest digest, CancellationToken cancellationToken) => TableWrites.TryAddAsync(table, ToEntity(digest), cancellationToken);

    public Task SaveAsync(DunningDigest digest, CancellationToken cancellationToken) => table.UpsertEntityAsync(ToEntity(digest), TableUpdateMode.Replace, cancellationToken);

    private static string RowKey(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(DunningDigest d) => new(d.Company, RowKey(d.Day))
    {
        ["Steps"] = d.Steps,
        ["BecameOverdue"] = d.BecameOverdue,
        ["SentTo"] = d.SentTo,
        ["CreatedAt"] = d.CreatedAt,
    };
}
