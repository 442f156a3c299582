using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Adapters.Tables;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>
/// Refused input in container "quarantine": "{company}/{kind}/{id}/original" (the bytes as received) and
/// "{company}/{kind}/{id}/reason.json" (code, message, location, details, time, original name), both written once;
/// then a row in table "Quarantine" (partition = company) that lists the item and carries its state. The blobs come
/// first, so an indexed item always has its bytes; a put retried with the same id completes what the first began.
/// </summary>
public sealed class BlobQuarantineStore(StorageClients clients, TimeProvider time) : IQuarantineStore
{
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Quarantine);
    private readonly TableClient index = clients.Tables.GetTableClient(TableNames.Quarantine);

    public async Task<string> PutAsync(
        string company, string kind, string name, ReadOnlyMemory<byte> content, QuarantineReason reason, CancellationToken cancellationToken, string? id = null)
    {
        id ??= $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var partition = Safe(company);
        var folder = $"{partition}/{kind}/{id}";
        await PutOnceAsync(folder + "/original", BinaryData.FromBytes(content), new BlobUploadOptions { Metadata = new Dictionary<string, string> { ["code"] = reason.Code } }, cancellationToken);
        var record = JsonSerializer.SerializeToUtf8Bytes(new { reason.Code, reason.Message, reason.Location, reason.Details, reason.At, Name = name, Company = company }, StoredJson.Options);
        await PutOnceAsync(folder + "/reason.json", BinaryData.FromBytes(record), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
        var item = new QuarantineItem(partition, id, kind, name, reason.Code, reason.Message, reason.Details, reason.At, content.Length, folder);
        try
        {
            await index.AddEntityAsync(QuarantineRows.ToEntity(item), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Indexed by the first attempt.
        }

        return folder;
    }

    public Task<ResultPage<QuarantineItem>> ListAsync(CompanyId company, QuarantineState? state, int pageSize, string? continuation, CancellationToken cancellationToken) =>
        TablePages.ReadAsync(index, TableFilters.PartitionWhere(company.Value, "State", state?.ToString()), pageSize, continuation, QuarantineRows.ToItem, cancellationToken);

    public async Task<QuarantineItem?> FindAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var found = await index.GetEntityIfExistsAsync<TableEntity>(company.Value, id, cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } entity ? QuarantineRows.ToItem(entity) : null;
    }

    public async Task<byte[]> GetContentAsync(QuarantineItem item, CancellationToken cancellationToken) =>
        (await container.GetBlobClient(item.Path + "/original").DownloadContentAsync(cancellationToken)).Value.Content.ToArray();

    public async Task<bool> TryUpdateAsync(QuarantineItem item, CancellationToken cancellationToken)
    {
        try
        {
            await index.UpdateEntityAsync(QuarantineRows.ToEntity(item), new ETag(item.Version!), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private async Task PutOnceAsync(string name, BinaryData data, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        options.Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await container.GetBlobClient(name).UploadAsync(data, options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Written by the first attempt of an idempotent put: write-once, never replaced.
        }
    }

    private static string Safe(string company) => company.Length is > 0 and <= 64 && company.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? company : "_unknown";
}
