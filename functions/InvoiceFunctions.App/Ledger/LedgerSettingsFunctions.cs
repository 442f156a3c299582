using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Ledger;

/// <summary>A company's ledger settings (duplicate policy, automatic delivery of imported sales invoices): read by any member, changed by an admin.</summary>
public sealed class LedgerSettingsFunctions(LedgerService ledger, CompanyRequests requests)
{
    [Function("GetLedgerSettings")]
    [OpenApiOperation("The duplicate policy and whether imported sales invoices are delivered automatically.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(LedgerSettings))]
    public Task<IActionResult> GetLedgerSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/settings/ledger")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await ledger.GetSettingsAsync(caller.Company, ct)), cancellationToken);

    [Function("SaveLedgerSettings")]
    [OpenApiOperation("Sets the duplicate policy (Warn or Block, for every door) and deliverImportedSales.", CompanyRole.Admin)]
    [OpenApiRequest(typeof(InvoiceCommandRequests.Settings))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(LedgerSettings))]
    public Task<IActionResult> SaveLedgerSettings(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/settings/ledger")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<InvoiceCommandRequests.Settings>(request, ct);
            return ApiResponse.Ok(await ledger.SaveSettingsAsync(caller.Company, new LedgerSettings(body.DuplicatePolicy, body.DeliverImportedSales), ct));
        }, cancellationToken);
}
