using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Dunning;

/// <summary>After a reminder bounced, the dunning holds: the company gives the customer's corrected address and it goes on.</summary>
public sealed class DunningCorrectionFunctions(DunningBounces bounces, CompanyRequests requests)
{
    [Function("CorrectDunningAddress")]
    [OpenApiOperation("After a reminder bounced: replaces the customer's e-mail address; the dunning goes on to it.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(AddressCorrection))]
    [OpenApiResponse(StatusCodes.Status202Accepted, typeof(DunningSignal))]
    public Task<IActionResult> CorrectDunningAddress(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/dunning/correction")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Accepted(await bounces.CorrectAsync(caller.Company, id, await JsonBody.ReadAsync<AddressCorrection>(request, ct), ct)), cancellationToken);
}
