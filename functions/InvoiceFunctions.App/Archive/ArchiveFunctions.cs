using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Archive;

/// <summary>An invoice's archived documents: archive them (write-once, hash-chained), download one by kind.</summary>
public sealed class ArchiveFunctions(ArchiveService archive, LedgerService ledger, CompanyRequests requests)
{
    [Function("ArchiveInvoiceDocuments")]
    [OpenApiOperation("Archives the invoice's files write-once and links them into the hash chain.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(ArchiveRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(ArchiveEntry))]
    public Task<IActionResult> ArchiveInvoiceDocuments(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/archive")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<ArchiveRequest>(request, ct, ArchiveRequest.MaxBytes);
            var entry = await archive.ArchiveAsync(caller.Company, id, body.ToDocuments(), caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/archive/objects/{entry.ManifestSha256}", entry);
        }, cancellationToken);

    [Function("DownloadInvoiceDocument")]
    [OpenApiOperation("The latest archived Original, Pdf, FacturX or Xml of the invoice.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, Description = "The file, with its own content type.")]
    public Task<IActionResult> DownloadInvoiceDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/documents/{kind}")] HttpRequest request, string company, string id, string kind,
        CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var invoice = await ledger.GetAsync(caller.Company, id, ct);
            var fileKind = Enum.TryParse<ArchiveFileKind>(kind, ignoreCase: true, out var parsed) ? parsed : (ArchiveFileKind?)null;
            foreach (var reference in invoice.Archive.Reverse())
            {
                var manifest = await archive.GetManifestAsync(caller.Company, reference.ManifestSha256, ct);
                if (manifest.Files.LastOrDefault(f => f.Kind == fileKind) is { } file)
                {
                    return new FileContentResult(await archive.GetObjectAsync(caller.Company, file.Sha256, ct), file.ContentType) { FileDownloadName = file.Name };
                }
            }

            return ApiProblems.NotFound($"An archived '{kind}' document of invoice '{id}'");
        }, cancellationToken);
}
