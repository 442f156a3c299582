using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Dunning;

/// <summary>The daily dunning digest to each company (steps taken, invoices that became overdue), once per company-local day.</summary>
public sealed class DunningDigestFunctions(DunningDigestService digests, CompanyRequests requests)
{
    /// <summary>Hourly, so each company gets yesterday's digest soon after 08:00 in its own time zone.</summary>
    [Function("DunningDigestTimer")]
    public Task DunningDigestTimer([TimerTrigger("0 15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) => digests.RunAsync(cancellationToken);

    [Function("SendDunningDigest")]
    [OpenApiOperation("The dunning digest of a company-local day, mailed to the company once (a second call answers the first digest).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(DunningDigestRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningDigest))]
    public Task<IActionResult> SendDunningDigest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/dunning/digest")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Ok(await digests.SendAsync(caller.Company, (await JsonBody.ReadAsync<DunningDigestRequest>(request, ct))!.Day, ct)), cancellationToken);
}
