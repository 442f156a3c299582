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
    [OpenApiOperation("With lines: a sales document draft (issued through the pipeline); without: the record of an invoice made elsewhere (duplicate check).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(InvoiceDraft), typeof(NewLedgerInvoice))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(InvoiceView))]
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
    [OpenApiOperation("Invoices by status, customer and due dates, paged.", CompanyRole.Reader)]
    [OpenApiQuery("status", typeof(InvoiceStatus), "Only invoices in this status.")]
    [OpenApiQuery("customer", typeof(string), "Only this counterparty (also ?counterparty=).")]
    [OpenApiQuery("dueFrom", typeof(DateOnly), "Due on or after this day.")]
    [OpenApiQuery("dueTo", typeof(DateOnly), "Due on or before this day.")]
    [OpenApiQuery("number", typeof(string), "Only the invoice(s) with this number (BT-1).")]
    [OpenApiQuery("direction", typeof(InvoiceDirection), "Sales or Purchase.")]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 50).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<InvoiceView>))]
    public Task<IActionResult> ListInvoices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var query = new InvoiceQuery(
                QueryParameters.Enum<InvoiceStatus>(request, "status"), QueryParameters.Text(request, "customer") ?? QueryParameters.Text(request, "counterparty"),
                QueryParameters.Date(request, "dueFrom"), QueryParameters.Date(request, "dueTo"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"),
                QueryParameters.Text(request, "number"), QueryParameters.Enum<InvoiceDirection>(request, "direction"));
            return ApiResponse.Ok(PageView<InvoiceView>.From(await ledger.QueryAsync(caller.Company, query, ct), InvoiceView.From));
        }, cancellationToken);

    [Function("GetInvoice")]
    [OpenApiOperation("One invoice: status, lifecycle code, amounts, balance, archive references.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView), ETag = true)]
    public Task<IActionResult> GetInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var invoice = await ledger.GetAsync(caller.Company, id, ct);
            return ApiResponse.Ok(InvoiceView.From(invoice)) with { ETag = invoice.Version };
        }, cancellationToken);

    [Function("GetInvoiceHistory")]
    [OpenApiOperation("The invoice's append-only event history.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceHistoryView))]
    public Task<IActionResult> GetInvoiceHistory(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/history")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(new InvoiceHistoryView(await ledger.HistoryAsync(caller.Company, id, ct))), cancellationToken);
}
