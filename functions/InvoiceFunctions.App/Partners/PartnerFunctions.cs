using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Partners;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Partners;

/// <summary>A company's partners (admins): register one and get its URL and secret, list them, rotate a secret.</summary>
public sealed class PartnerFunctions(PartnerService partners, CompanyRequests requests)
{
    [Function("RegisterPartner")]
    [OpenApiOperation("Registers a partner system: its webhook URL and signing secret (shown once; rotate to get a new one).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(PartnerRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(PartnerCredentials))]
    public Task<IActionResult> RegisterPartner(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/partners")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
        {
            var created = await partners.RegisterAsync(caller.Company, (await JsonBody.ReadAsync<PartnerRequest>(request, ct)).Name, ct);
            return ApiResponse.Created($"/api/companies/{caller.Company}/partners/{created.Id}", created);
        }, cancellationToken);

    [Function("ListPartners")]
    [OpenApiOperation("The company's partners (no secrets).", CompanyRole.Admin)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PartnerListView))]
    public Task<IActionResult> ListPartners(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/partners")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(new PartnerListView((await partners.ListAsync(caller.Company, ct)).Select(p => new PartnerView(p.Id, p.Name, p.SecretVersions, p.CreatedAt)).ToList())), cancellationToken);

    [Function("RotatePartnerSecret")]
    [OpenApiOperation("A new signing secret; the previous one keeps verifying until the next rotation.", CompanyRole.Admin)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PartnerCredentials))]
    public Task<IActionResult> RotatePartnerSecret(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/partners/{id}/rotate")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) => ApiResponse.Ok(await partners.RotateAsync(caller.Company, id, ct)), cancellationToken);
}
