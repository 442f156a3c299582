using InvoiceFunctions.App.Contacts;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Dunning;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Core.Dunning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Dunning;

/// <summary>A company's dunning policies (data: the default, the French one until set, and named ones), customers' terms, and the preview of a timeline.</summary>
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
            ApiResponse.Ok(await policies.SaveAsync(caller.Company, null, await JsonBody.ReadAsync<DunningPolicy>(request, ct), ct)), cancellationToken);

    [Function("GetNamedDunningPolicy")]
    [OpenApiOperation("A named dunning policy (customers may be given one instead of the default).", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPolicy))]
    public Task<IActionResult> GetNamedDunningPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/dunning/policies/{name}")] HttpRequest request, string company, string name, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await policies.GetNamedAsync(caller.Company, name, ct)), cancellationToken);

    [Function("SaveNamedDunningPolicy")]
    [OpenApiOperation("Creates or replaces a named dunning policy (every problem listed).", CompanyRole.Admin)]
    [OpenApiRequest(typeof(DunningPolicy))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPolicy))]
    public Task<IActionResult> SaveNamedDunningPolicy(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/dunning/policies/{name}")] HttpRequest request, string company, string name, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(await policies.SaveAsync(caller.Company, name, await JsonBody.ReadAsync<DunningPolicy>(request, ct), ct)), cancellationToken);

    [Function("SetCustomerDunning")]
    [OpenApiOperation("A customer's dunning terms: excluded from dunning, or a named policy instead of the default.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(CustomerDunning))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ContactView))]
    public Task<IActionResult> SetCustomerDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/contacts/{id}/dunning")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Ok(ContactView.From(await policies.SetCustomerAsync(caller.Company, id, await JsonBody.ReadAsync<CustomerDunning>(request, ct), ct))), cancellationToken);

    [Function("PreviewDunning")]
    [OpenApiOperation("The planned steps, dates and fees for a due date and balance.", CompanyRole.Reader, ReadOnly = true)]
    [OpenApiRequest(typeof(DunningPreviewRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(DunningPreview))]
    public Task<IActionResult> PreviewDunning(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/dunning/preview")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(await policies.PreviewAsync(caller.Company, await JsonBody.ReadAsync<DunningPreviewRequest>(request, ct), ct)), cancellationToken);
}
