using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>
/// Archive objects in container "archive" as "{company}/{sha256}", uploaded with If-None-Match: * so an existing blob is
/// never overwritten (in Azure the container's immutability policy also forbids it). This class has no delete.
/// </summary>
public sealed class BlobArchiveObjectStore(StorageClients clients) : IArchiveObjectStore
{
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Archive);

    public async Task<bool> PutIfAbsentAsync(CompanyId company, string sha256, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        };
        try
        {
            await container.GetBlobClient(Name(company, sha256)).UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            return false;
        }
    }

    public async Task<byte[]?> GetAsync(CompanyId company, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(Name(company, sha256)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public static string Name(CompanyId company, string sha256) => $"{company.Value}/{sha256}";
}
