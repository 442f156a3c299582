using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Archive;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Archive;

/// <summary>A company's archive for its readers and auditors: list a period, download an object, export a period, verify everything.</summary>
public sealed class ArchiveQueryFunctions(ArchiveService archive, ArchiveExporter exporter, ArchiveVerifier verifier, CompanyRequests requests, TimeProvider time)
{
    [Function("ListArchiveEntries")]
    [OpenApiOperation("Archive entries of a period, paged.", CompanyRole.Reader)]
    [OpenApiQuery("from", typeof(DateOnly), "First UTC day (default: the first of this month).")]
    [OpenApiQuery("to", typeof(DateOnly), "Last UTC day (default: today).")]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 50).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<ArchiveEntry>))]
    public Task<IActionResult> ListArchiveEntries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/archive/entries")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var (from, to) = Period(request);
            var page = await archive.ListAsync(caller.Company, from, to, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<ArchiveEntry>.From(page, e => e));
        }, cancellationToken);

    [Function("DownloadArchiveObject")]
    [OpenApiOperation("An archived file or manifest by its SHA-256.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK)]
    public Task<IActionResult> DownloadArchiveObject(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/archive/objects/{sha256}")] HttpRequest request, string company, string sha256, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            new FileContentResult(await archive.GetObjectAsync(caller.Company, sha256, ct), "application/octet-stream"), cancellationToken);

    [Function("ExportArchive")]
    [OpenApiOperation("A period as a zip: manifest.json, entry manifests and files named by their hash.", CompanyRole.Reader)]
    [OpenApiQuery("from", typeof(DateOnly), "First UTC day (default: the first of this month).")]
    [OpenApiQuery("to", typeof(DateOnly), "Last UTC day (default: today).")]
    [OpenApiResponse(StatusCodes.Status200OK, ContentType = "application/zip")]
    public Task<IActionResult> ExportArchive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/archive/export")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, (caller, _) =>
        {
            var (from, to) = Period(request);
            ArchiveExporter.CheckPeriod(from, to);
            IActionResult zip = new StreamedFileResult(
                "application/zip", $"{caller.Company}-archive-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.zip", (body, ct) => exporter.ExportAsync(caller.Company, from, to, body, ct));
            return Task.FromResult(zip);
        }, cancellationToken);

    [Function("VerifyArchive")]
    [OpenApiOperation("Re-computes every hash, link, daily root and the head; reports the first break.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ArchiveVerification))]
    public Task<IActionResult> VerifyArchive(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/archive/verify")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(await verifier.VerifyAsync(caller.Company, ct)), cancellationToken);

    /// <summary>?from=&amp;to= (UTC days, inclusive); by default the current month.</summary>
    private (DateOnly From, DateOnly To) Period(HttpRequest request)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var from = QueryParameters.Date(request, "from") ?? new DateOnly(today.Year, today.Month, 1);
        return (from, QueryParameters.Date(request, "to") ?? today);
    }
}
