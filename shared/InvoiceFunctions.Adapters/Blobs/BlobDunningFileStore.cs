using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Dunning;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>A dunning's files in container "documents", beside the invoice's working documents: "{company}/{invoice}/dunning/{name}".</summary>
public sealed class BlobDunningFileStore(StorageClients clients) : IDunningFileStore
{
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Documents);

    public async Task PutAsync(CompanyId company, string invoiceId, MailAttachment file, CancellationToken cancellationToken) =>
        await container.GetBlobClient(Prefix(company, invoiceId) + file.FileName).UploadAsync(
            BinaryData.FromBytes(file.Content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType } },
            cancellationToken);

    public async Task<MailAttachment?> GetAsync(CompanyId company, string invoiceId, string name, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(Prefix(company, invoiceId) + name).DownloadContentAsync(cancellationToken);
            return new MailAttachment(name, content.Value.Details.ContentType, content.Value.Content.ToMemory());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<MailAttachment>> ListAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var prefix = Prefix(company, invoiceId);
        var files = new List<MailAttachment>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            var content = await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
            files.Add(new MailAttachment(item.Name[prefix.Length..], item.Properties.ContentType, content.Value.Content.ToMemory()));
        }

        return files;
    }

    private static string Prefix(CompanyId company, string invoiceId) => $"{company.Value}/{invoiceId}/dunning/";
}
