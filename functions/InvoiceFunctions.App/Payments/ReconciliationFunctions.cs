using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Security;
using InvoiceFunctions.Core.Payments.Receivables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>Reconciliation: import a bank statement, the review list of payments the matcher could not settle, aged receivables.</summary>
public sealed class ReconciliationFunctions(BankStatementImporter importer, PaymentService payments, ReceivablesService receivables, CompanyRequests requests)
{
    [Function("ImportBankStatement")]
    [OpenApiOperation("Imports a camt.053 or CSV bank statement (raw body): each booked entry once, exact matches allocated.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(string))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(StatementImport))]
    public Task<IActionResult> ImportBankStatement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/bank-statements")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var content = await RawBody.ReadAsync(request, BankStatementImporter.MaxBytes, ct);
            var name = QueryParameters.Text(request, "name") ?? "upload";
            return ApiResponse.Ok(await importer.ImportAsync(caller.Company.Value, name, content, QueryParameters.Text(request, "account"), caller.PrincipalId, ct));
        }, cancellationToken);

    [Function("ListPaymentReview")]
    [OpenApiOperation("Payments waiting for a decision, with the matcher's suggestions.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<PaymentView>))]
    public Task<IActionResult> ListPaymentReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/reconciliation/review")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PageView<PaymentView>.From(
                await payments.ListAsync(caller.Company, true, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct), PaymentView.From)), cancellationToken);

    [Function("GetReceivables")]
    [OpenApiOperation("Aged receivables (or payables) per party and for the company.", CompanyRole.Reader)]
    [OpenApiQuery("side", typeof(string), "receivables (default) or payables.")]
    [OpenApiQuery("asOf", typeof(DateOnly), "The day the ages are counted from (default today).")]
    [OpenApiQuery("party", typeof(string), "Only this customer or supplier.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(AgingReport))]
    public Task<IActionResult> GetReceivables(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/receivables")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var side = QueryParameters.Text(request, "side") == "payables" ? InvoiceDirection.Purchase : InvoiceDirection.Sales;
            var report = await receivables.AgingAsync(caller.Company, side, QueryParameters.Date(request, "asOf"), QueryParameters.Text(request, "party"), ct);
            return ApiResponse.Ok(report);
        }, cancellationToken);
}
