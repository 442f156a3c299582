using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Payments;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>
/// Refused input in container "quarantine": "{company}/{kind}/{id}/original" (the bytes as received) and
/// "{company}/{kind}/{id}/reason.json" (code, message, location, details, time, original name), both written once.
/// </summary>
public sealed class BlobQuarantineStore(StorageClients clients, TimeProvider time) : IQuarantineStore
{
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Quarantine);

    public async Task<string> PutAsync(string company, string kind, string name, ReadOnlyMemory<byte> content, QuarantineReason reason, CancellationToken cancellationToken)
    {
        var id = $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        var folder = $"{Safe(company)}/{kind}/{id}";
        var once = new BlobRequestConditions { IfNoneMatch = ETag.All };
        await container.GetBlobClient(folder + "/original").UploadAsync(
            BinaryData.FromBytes(content), new BlobUploadOptions { Conditions = once, Metadata = new Dictionary<string, string> { ["code"] = reason.Code } }, cancellationToken);
        var record = JsonSerializer.SerializeToUtf8Bytes(new { reason.Code, reason.Message, reason.Location, reason.Details, reason.At, Name = name, Company = company }, StoredJson.Options);
        await container.GetBlobClient(folder + "/reason.json").UploadAsync(
            BinaryData.FromBytes(record), new BlobUploadOptions { Conditions = once, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
        return $"{folder}";
    }

    private static string Safe(string company) => company.Length is > 0 and <= 64 && company.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? company : "_unknown";
}
