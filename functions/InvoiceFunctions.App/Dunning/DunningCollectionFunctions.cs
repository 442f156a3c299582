using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Dunning;

/// <summary>The collection file an invoice's dunning made at its collection step (customer details inside: accountants only).</summary>
public sealed class DunningCollectionFunctions(DunningCollection collection, CompanyRequests requests)
{
    [Function("GetDunningCollection")]
    [OpenApiOperation("The invoice's collection file (zip: file.json with the invoice, customer, fees, steps and history; the invoice's PDF; the letters sent).", CompanyRole.Accountant)]
    [OpenApiResponse(StatusCodes.Status200OK, Description = "The zip (application/zip).")]
    [OpenApiResponse(StatusCodes.Status404NotFound, ContentType = "application/problem+json")]
    public Task<IActionResult> GetDunningCollection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/dunning/collection")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var file = await collection.GetAsync(caller.Company, id, ct);
            return new FileContentResult(file.Content.ToArray(), file.ContentType) { FileDownloadName = file.FileName };
        }, cancellationToken);
}
