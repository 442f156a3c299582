using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Companies;

/// <summary>A company's own view of itself, with its API key.</summary>
public sealed class CompanyFunctions(CompanyService companies, TenantAuthentication tenants)
{
    [Function("GetCompany")]
    public async Task<IActionResult> GetCompany(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        await ApiProblems.GuardAsync(async () =>
        {
            var caller = await tenants.AuthenticateAsync(request, cancellationToken);
            if (caller is null)
            {
                return ApiProblems.Unauthorized();
            }

            // Another company's id answers as unknown: a key never learns which other tenants exist.
            return CompanyId.TryParse(company, out var id) && caller.CanAct(id, ApiKeyRole.Viewer)
                ? ApiResponse.Ok(CompanyView.From(await companies.GetAsync(id, cancellationToken)))
                : ApiProblems.NotFound($"Company '{company}'");
        });
}
