using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>A company's CSV bank statement mapping: read by any member, replaced by an admin; both statement doors read CSV files with it.</summary>
public sealed class BankCsvMappingFunctions(CsvMappingService mappings, CompanyRequests requests)
{
    [Function("GetBankCsvMapping")]
    [OpenApiOperation("The company's CSV statement mapping (the documented default until it saves its own).", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BankCsvMapping))]
    public Task<IActionResult> GetBankCsvMapping(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/settings/bank-csv")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => ApiResponse.Ok(await mappings.GetAsync(caller.Company, ct)), cancellationToken);

    [Function("SaveBankCsvMapping")]
    [OpenApiOperation("Replaces the CSV statement mapping (separators, date formats, columns); every problem is listed.", CompanyRole.Admin)]
    [OpenApiRequest(typeof(BankCsvMapping))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(BankCsvMapping))]
    public Task<IActionResult> SaveBankCsvMapping(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/settings/bank-csv")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Admin, async (caller, ct) =>
            ApiResponse.Ok(await mappings.SaveAsync(caller.Company, await JsonBody.ReadAsync<BankCsvMapping>(request, ct), ct)), cancellationToken);
}
