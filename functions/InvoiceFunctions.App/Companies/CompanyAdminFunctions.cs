using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Companies;

/// <summary>Operator endpoints (master key): register a company, issue its API keys.</summary>
public sealed class CompanyAdminFunctions(CompanyService companies, IdempotentRequests idempotent)
{
    private const string Scope = "admin";

    [Function("CreateCompany")]
    public async Task<IActionResult> CreateCompany(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/companies")] HttpRequest request, CancellationToken cancellationToken) =>
        await idempotent.RunAsync(request, Scope, async ct =>
        {
            var company = await companies.CreateAsync(await JsonBody.ReadAsync<NewCompany>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company.Id}", CompanyView.From(company));
        }, cancellationToken);

    [Function("IssueApiKey")]
    public async Task<IActionResult> IssueApiKey(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/companies/{company}/keys")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        await idempotent.RunAsync(request, Scope, async ct =>
        {
            if (!CompanyId.TryParse(company, out var id))
            {
                return ApiProblems.NotFound($"Company '{company}'");
            }

            var body = await JsonBody.ReadAsync<NewApiKeyRequest>(request, ct);
            var key = await companies.IssueKeyAsync(id, body.Name, body.Role, ct);
            return ApiResponse.Created($"/api/companies/{id}", key);
        }, cancellationToken);
}
