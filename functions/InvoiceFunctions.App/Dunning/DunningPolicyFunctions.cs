using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Core.Dunning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Dunning;

/// <summary>A company's dunning policy (data, the French default until set) and the preview of its timeline for an invoice.</summary>
public sealed class DunningPolicyFunctions(DunningPolicyService policies, CompanyRequests requests)
{
    [Function("GetDunningPolicy")]
    [OpenApiOperation("The dunning policy (the French default until one is set).", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPolicy))]
    public Task<IActionResult> GetDunningPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/dunning/policy")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await policies.GetAsync(caller.Company, ct)), cancellationToken);

    [Function("SaveDunningPolicy")]
    [OpenApiOperation("Replaces the dunning policy (every problem listed).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(DunningPolicy))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPolicy))]
    public Task<IActionResult> SaveDunningPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/dunning/policy")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(await policies.SaveAsync(caller.Company, await JsonBody.ReadAsync<DunningPolicy>(request, ct), ct)), cancellationToken);

    [Function("PreviewDunning")]
    [OpenApiOperation("The planned steps, dates and fees for a due date and balance.", CompanyRole.Reader, ReadOnly = true)]
    [OpenApiRequest(typeof(DunningPreviewRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPreview))]
    public Task<IActionResult> PreviewDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/dunning/preview")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(await policies.PreviewAsync(caller.Company, await JsonBody.ReadAsync<DunningPreviewRequest>(request, ct), ct)), cancellationToken);
}
