using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Companies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Companies;

/// <summary>Operator endpoints (master key): register a company, issue API keys, grant a principal a role in a company.</summary>
public sealed class CompanyAdminFunctions(CompanyService companies, IdempotentRequests idempotent)
{
    private const string Scope = "admin";

    [Function("CreateCompany")]
    [OpenApiOperation("Registers a company (tenant).")]
    [OpenApiRequest(typeof(NewCompany))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(CompanyView))]
    public async Task<IActionResult> CreateCompany(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/companies")] HttpRequest request, CancellationToken cancellationToken) =>
        await idempotent.RunAsync(request, Scope, async ct =>
        {
            var company = await companies.CreateAsync(await JsonBody.ReadAsync<NewCompany>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company.Id}", CompanyView.From(company));
        }, cancellationToken);

    [Function("IssueApiKey")]
    [OpenApiOperation("Issues an API key with a role; the secret is shown once.")]
    [OpenApiRequest(typeof(NewApiKeyRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(IssuedApiKeyView))]
    public async Task<IActionResult> IssueApiKey(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/companies/{company}/keys")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        await ForCompanyAsync(request, company, async (id, ct) =>
        {
            var body = await JsonBody.ReadAsync<NewApiKeyRequest>(request, ct);
            var key = await companies.IssueKeyAsync(id, body.Name, body.Role, body.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{key.Company}", IssuedApiKeyView.From(key));
        }, cancellationToken);

    [Function("GrantRole")]
    [OpenApiOperation("Gives an existing principal a role in a company.")]
    [OpenApiRequest(typeof(NewMembershipRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(MembershipView))]
    public async Task<IActionResult> GrantRole(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = "admin/companies/{company}/members")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        await ForCompanyAsync(request, company, async (id, ct) =>
        {
            var body = await JsonBody.ReadAsync<NewMembershipRequest>(request, ct);
            var membership = await companies.GrantAsync(id, body.PrincipalId ?? "", body.Role, ct);
            return ApiResponse.Ok(MembershipView.From(membership));
        }, cancellationToken);

    private Task<ApiResponse> ForCompanyAsync(HttpRequest request, string company, Func<CompanyId, CancellationToken, Task<ApiResponse>> handler, CancellationToken cancellationToken) =>
        idempotent.RunAsync(
            request,
            Scope,
            ct => CompanyId.TryParse(company, out var id) ? handler(id, ct) : Task.FromResult(ApiProblems.NotFound($"Company '{company}'")),
            cancellationToken);
}
