using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Companies;

/// <summary>A company's own view of itself, for any principal with a role in it.</summary>
public sealed class CompanyFunctions(CompanyService companies, CompanyRequests requests)
{
    [Function("GetCompany")]
    [OpenApiOperation("The company's profile.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(CompanyView))]
    public Task<IActionResult> GetCompany(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(CompanyView.From(await companies.GetAsync(caller.Company, ct))), cancellationToken);
}
