using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Payments;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Payments;

/// <summary>Reconciliation: import a bank statement, the review list of payments the matcher could not settle, aged receivables.</summary>
public sealed class ReconciliationFunctions(BankStatementImporter importer, PaymentService payments, ReceivablesService receivables, CompanyRequests requests)
{
    [Function("ImportBankStatement")]
    public Task<IActionResult> ImportBankStatement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/bank-statements")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var content = await RawBody.ReadAsync(request, BankStatementImporter.MaxBytes, ct);
            var name = QueryParameters.Text(request, "name") ?? "upload";
            return ApiResponse.Ok(await importer.ImportAsync(caller.Company.Value, name, content, QueryParameters.Text(request, "account"), caller.PrincipalId, ct));
        }, cancellationToken);

    [Function("ListPaymentReview")]
    public Task<IActionResult> ListPaymentReview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/reconciliation/review")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(PageView<PaymentView>.From(
                await payments.ListAsync(caller.Company, true, QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct), PaymentView.From)), cancellationToken);

    [Function("GetReceivables")]
    public Task<IActionResult> GetReceivables(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/receivables")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var side = QueryParameters.Text(request, "side") == "payables" ? InvoiceDirection.Purchase : InvoiceDirection.Sales;
            var report = await receivables.AgingAsync(caller.Company, side, QueryParameters.Date(request, "asOf"), QueryParameters.Text(request, "party"), ct);
            return ApiResponse.Ok(report);
        }, cancellationToken);
}
