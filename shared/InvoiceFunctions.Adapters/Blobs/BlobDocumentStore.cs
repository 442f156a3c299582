using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>
/// Drafts and rendered files in container "documents". A draft is written once under the SHA-256 of its JSON, so
/// the ledger row's pointer switches atomically from one version to the next; rendered files are replaced by a retry.
/// </summary>
public sealed class BlobDocumentStore(StorageClients clients) : IDocumentStore
{
    private const string KindKey = "kind";
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Documents);

    public async Task<string> SaveDraftAsync(CompanyId company, string invoiceId, DocumentDraft draft, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(draft, StoredJson.Options);
        var sha = Convert.ToHexStringLower(SHA256.HashData(json));
        try
        {
            await container.GetBlobClient(DraftName(company, invoiceId, sha)).UploadAsync(
                BinaryData.FromBytes(json),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409 || ex.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            // The same content was saved before: same name, same bytes.
        }

        return sha;
    }

    public async Task<DocumentDraft?> GetDraftAsync(CompanyId company, string invoiceId, string sha256, CancellationToken cancellationToken)
    {
        try
        {
            var content = await container.GetBlobClient(DraftName(company, invoiceId, sha256)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<DocumentDraft>(StoredJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task PutRenderedAsync(CompanyId company, string invoiceId, IReadOnlyList<ArchiveDocument> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await container.GetBlobClient($"{RenderedPrefix(company, invoiceId)}{file.Name}").UploadAsync(
                BinaryData.FromBytes(file.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = file.ContentType }, Metadata = new Dictionary<string, string> { [KindKey] = file.Kind.ToString() } },
                cancellationToken);
        }
    }

    public async Task<IReadOnlyList<ArchiveDocument>> GetRenderedAsync(CompanyId company, string invoiceId, CancellationToken cancellationToken)
    {
        var prefix = RenderedPrefix(company, invoiceId);
        var files = new List<ArchiveDocument>();
        await foreach (var item in container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            var content = await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
            var kind = Enum.Parse<ArchiveFileKind>(item.Metadata[KindKey]);
            files.Add(new ArchiveDocument(kind, item.Name[prefix.Length..], item.Properties.ContentType, content.Value.Content.ToMemory()));
        }

        return files;
    }

    private static string DraftName(CompanyId company, string invoiceId, string sha) => $"{company.Value}/{invoiceId}/draft-{sha}.json";

    private static string RenderedPrefix(CompanyId company, string invoiceId) => $"{company.Value}/{invoiceId}/rendered/";
}
