using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Quotes;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>Sent quotes' PDFs in container "documents" as "{company}/quotes/{quote}/{name}", uploaded with If-None-Match: * (never replaced).</summary>
public sealed class BlobQuotePdfStore(StorageClients clients) : IQuotePdfStore
{
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Documents);

    public async Task<byte[]?> GetAsync(CompanyId company, string quoteId, string fileName, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(Name(company, quoteId, fileName)).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<byte[]> PutOnceAsync(CompanyId company, string quoteId, string fileName, byte[] pdf, CancellationToken cancellationToken)
    {
        try
        {
            await container.GetBlobClient(Name(company, quoteId, fileName)).UploadAsync(
                BinaryData.FromBytes(pdf),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" } },
                cancellationToken);
            return pdf;
        }
        catch (RequestFailedException ex) when (ex.Status == 409 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            // Stored by an earlier or concurrent send: that one stays (it may be the one already mailed).
            return await GetAsync(company, quoteId, fileName, cancellationToken) ?? throw new InvalidOperationException($"Quote PDF {quoteId}/{fileName} exists and cannot be read.");
        }
    }

    private static string Name(CompanyId company, string quoteId, string fileName) => $"{company.Value}/quotes/{quoteId}/{fileName}";
}
