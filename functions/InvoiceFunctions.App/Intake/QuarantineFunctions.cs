using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Intake;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Intake;

/// <summary>Refused input of every door: list and inspect (readers), download, release or discard (accountants).</summary>
public sealed class QuarantineFunctions(QuarantineService quarantine, CompanyRequests requests)
{
    private const string Items = "companies/{company}/quarantine";

    [Function("ListQuarantine")]
    [OpenApiOperation("Quarantined input, oldest first.", CompanyRole.Reader)]
    [OpenApiQuery("state", typeof(QuarantineState), "Only items in this state (Open, Released, Discarded).")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<QuarantineItemView>))]
    public Task<IActionResult> ListQuarantine(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Items)] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(PageView<QuarantineItemView>.From(
            await quarantine.ListAsync(caller.Company, QueryParameters.Enum<QuarantineState>(request, "state"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct),
            QuarantineItemView.From)), cancellationToken);

    [Function("GetQuarantineItem")]
    [OpenApiOperation("One quarantined input: its reason with every detail, its state.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuarantineItemView))]
    public Task<IActionResult> GetQuarantineItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Items + "/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(QuarantineItemView.From(await quarantine.GetAsync(caller.Company, id, ct))), cancellationToken);

    [Function("GetQuarantineContent")]
    [OpenApiOperation("The quarantined input's bytes, exactly as received.", CompanyRole.Accountant)]
    [OpenApiResponse(StatusCodes.Status200OK, ContentType = "application/octet-stream")]
    public Task<IActionResult> GetQuarantineContent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Items + "/{id}/content")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var (item, content) = await quarantine.GetContentAsync(caller.Company, id, ct);
            return new FileContentResult(content, "application/octet-stream") { FileDownloadName = item.Name[(item.Name.LastIndexOf('/') + 1)..] };
        }, cancellationToken);

    [Function("ReleaseQuarantineItem")]
    [OpenApiOperation("Runs the item again through its door (after fixing the cause); the outcome says what became of it.", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuarantineItemView))]
    public Task<IActionResult> ReleaseQuarantineItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Items + "/{id}/release")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) => ApiResponse.Ok(QuarantineItemView.From(await quarantine.ReleaseAsync(caller.Company, id, ct))), cancellationToken);

    [Function("DiscardQuarantineItem")]
    [OpenApiOperation("Sets the item aside (its bytes are kept).", CompanyRole.Accountant)]
    [OpenApiRequest]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(QuarantineItemView))]
    public Task<IActionResult> DiscardQuarantineItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Items + "/{id}/discard")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) => ApiResponse.Ok(QuarantineItemView.From(await quarantine.DiscardAsync(caller.Company, id, ct))), cancellationToken);
}
