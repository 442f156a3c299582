using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Templates;
using InvoiceFunctions.Rendering.Templates;

namespace InvoiceFunctions.Adapters.Blobs;

/// <summary>
/// Company logos in container "templates" as "{company}/logo.png", ".jpg" or ".svg". A blob dropped there directly is
/// read the same way as one uploaded through the API; its format is sniffed from the bytes, not the name. The logos
/// documents were frozen with are kept beside it as "{company}/logos/{sha256}", never overwritten or removed.
/// </summary>
public sealed class BlobCompanyLogoStore(StorageClients clients) : ICompanyLogoStore
{
    private static readonly LogoFormat[] Formats = [LogoFormat.Png, LogoFormat.Jpeg, LogoFormat.Svg];
    private readonly BlobContainerClient container = clients.Blobs.GetBlobContainerClient(ContainerNames.Templates);

    public async Task<CompanyLogo?> GetAsync(CompanyId company, CancellationToken cancellationToken)
    {
        await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{company.Value}/logo.", cancellationToken))
        {
            if (!Formats.Any(f => item.Name == Name(company, f)))
            {
                continue;
            }

            try
            {
                var content = (await container.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
                // A blob put there by hand is checked like an upload: a wrong one is ignored rather than failing every invoice.
                return LogoImage.Problem(content.Span) is null
                    ? new CompanyLogo(LogoImage.Sniff(content.Span)!.Value, content, Convert.ToHexStringLower(SHA256.HashData(content.Span)))
                    : null;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Replaced between the listing and the read: the next listing finds the new one.
            }
        }

        return null;
    }

    public async Task PutAsync(CompanyId company, LogoFormat format, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await container.GetBlobClient(Name(company, format)).UploadAsync(
            BinaryData.FromBytes(content),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = LogoImage.ContentType(format) } },
            cancellationToken);
        foreach (var other in Formats.Where(f => f != format))
        {
            await container.GetBlobClient(Name(company, other)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task KeepAsync(CompanyId company, CompanyLogo logo, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(KeptName(company, logo.Sha256));
        if (await blob.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await blob.UploadAsync(
                BinaryData.FromBytes(logo.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = logo.ContentType }, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Kept by a concurrent run: the name is the hash of the bytes, so it holds the same ones.
        }
    }

    public async Task<CompanyLogo?> GetKeptAsync(CompanyId company, string sha256, CancellationToken cancellationToken)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        try
        {
            var content = (await container.GetBlobClient(KeptName(company, sha256)).DownloadContentAsync(cancellationToken)).Value.Content.ToMemory();
            return LogoImage.Sniff(content.Span) is { } format ? new CompanyLogo(format, content, sha256) : null;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(CompanyId company, CancellationToken cancellationToken)
    {
        var deleted = false;
        foreach (var format in Formats)
        {
            deleted |= (await container.GetBlobClient(Name(company, format)).DeleteIfExistsAsync(cancellationToken: cancellationToken)).Value;
        }

        return deleted;
    }

    private static string KeptName(CompanyId company, string sha256) => $"{company.Value}/logos/{sha256}";

    private static string Name(CompanyId company, LogoFormat format) => $"{company.Value}/logo.{LogoImage.Extension(format)}";
}
