using System.Text.Json;
using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Ledger;

/// <summary>Invoices in the ledger: record one, list with filters, read one and its history.</summary>
public sealed class InvoiceLedgerFunctions(LedgerService ledger, DraftService drafts, CompanyRequests requests)
{
    [Function("CreateInvoice")]
    public Task<IActionResult> CreateInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            // With lines it is a document drafted here (issued through the pipeline); without, the record of an invoice made elsewhere.
            var body = await JsonBody.ReadElementAsync(request, ct);
            var invoice = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("lines", out _)
                ? await drafts.CreateAsync(caller.Company, JsonBody.Convert<InvoiceDraft>(body), caller.PrincipalId, ct)
                : await ledger.CreateAsync(caller.Company, JsonBody.Convert<NewLedgerInvoice>(body), caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/invoices/{invoice.Id}", InvoiceView.From(invoice));
        }, cancellationToken);

    [Function("ListInvoices")]
    public Task<IActionResult> ListInvoices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var query = new InvoiceQuery(
                QueryParameters.Enum<InvoiceStatus>(request, "status"), QueryParameters.Text(request, "customer") ?? QueryParameters.Text(request, "counterparty"),
                QueryParameters.Date(request, "dueFrom"), QueryParameters.Date(request, "dueTo"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"));
            return ApiResponse.Ok(PageView<InvoiceView>.From(await ledger.QueryAsync(caller.Company, query, ct), InvoiceView.From));
        }, cancellationToken);

    [Function("GetInvoice")]
    public Task<IActionResult> GetInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var invoice = await ledger.GetAsync(caller.Company, id, ct);
            return ApiResponse.Ok(InvoiceView.From(invoice)) with { ETag = invoice.Version };
        }, cancellationToken);

    [Function("GetInvoiceHistory")]
    public Task<IActionResult> GetInvoiceHistory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/history")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(new { Items = await ledger.HistoryAsync(caller.Company, id, ct) }), cancellationToken);
}
