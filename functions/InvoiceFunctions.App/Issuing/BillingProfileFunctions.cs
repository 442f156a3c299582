using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>The company's billing profile: seller address, bank account, default terms, language, format, mentions, look.</summary>
public sealed class BillingProfileFunctions(BillingProfileService profiles, CompanyRequests requests)
{
    [Function("GetBillingProfile")]
    [OpenApiOperation("The billing profile.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BillingProfile))]
    public Task<IActionResult> GetBillingProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/settings/billing")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await profiles.GetAsync(caller.Company, ct)), cancellationToken);

    [Function("SaveBillingProfile")]
    [OpenApiOperation("Replaces the billing profile (every problem listed).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(BillingProfile))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BillingProfile))]
    public Task<IActionResult> SaveBillingProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/settings/billing")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(await profiles.SaveAsync(caller.Company, await JsonBody.ReadAsync<BillingProfile>(request, ct), ct)), cancellationToken);
}
