using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Quotes;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Quotes;

/// <summary>The quote as a PDF (devis with a "bon pour accord" box), drawn on request for a draft, the stored one (as mailed) once sent.</summary>
public sealed class QuotePdfFunctions(QuoteDocuments documents, CompanyRequests requests)
{
    [Function("DownloadQuotePdf")]
    [OpenApiOperation("The quote as a PDF: validity date, lines and totals, conditions, acceptance box; the company's logo, font and fields.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, Description = "The PDF (application/pdf).")]
    [OpenApiResponse(StatusCodes.Status404NotFound, ContentType = "application/problem+json")]
    public Task<IActionResult> DownloadQuotePdf(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/quotes/{id}/pdf")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var (name, pdf) = await documents.GetAsync(caller.Company, id, ct);
            return new FileContentResult(pdf, "application/pdf") { FileDownloadName = name };
        }, cancellationToken);
}
