using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Ledger;

/// <summary>What an accountant does to an invoice: issue it (a document through the pipeline, a record at once; gapless number), record a lifecycle status, a payment or another stage's event.</summary>
public sealed class InvoiceCommandFunctions(LedgerService ledger, IssuePipeline pipeline, CompanyRequests requests)
{
    [Function("IssueInvoice")]
    [OpenApiOperation("A document draft: every rule checked now (422 listing them), then 202 and the pipeline; a record: the next gapless number at once (200).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(InvoiceCommandRequests.Issue))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView), Description = "A record, issued.")]
    [OpenApiResponse(StatusCodes.Status202Accepted, typeof(InvoiceView), Description = "A document draft, going through the pipeline.")]
    public Task<IActionResult> IssueInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/issue")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<InvoiceCommandRequests.Issue>(request, ct);
            if ((await ledger.GetAsync(caller.Company, id, ct)).Document is null)
            {
                return ApiResponse.Ok(InvoiceView.From(await ledger.IssueAsync(caller.Company, id, body.Series ?? "F", caller.PrincipalId, ct)));
            }

            var issuing = await pipeline.RequestAsync(caller.Company, id, body.Series, caller.PrincipalId, ct);
            return ApiResponse.Accepted($"/api/companies/{company}/invoices/{id}", InvoiceView.From(issuing));
        }, cancellationToken);

    [Function("RecordLifecycleStatus")]
    [OpenApiOperation("Records a French lifecycle status (200-213) and maps it onto the status.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(InvoiceCommandRequests.Lifecycle))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView))]
    public Task<IActionResult> RecordLifecycleStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/lifecycle")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<InvoiceCommandRequests.Lifecycle>(request, ct);
            return ApiResponse.Ok(InvoiceView.From(await ledger.ApplyLifecycleAsync(caller.Company, id, (LifecycleStatus)body.Code, caller.PrincipalId, ct)));
        }, cancellationToken);

    [Function("RecordPayment")]
    [OpenApiOperation("Records a payment: balance, partially paid, paid.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(InvoiceCommandRequests.Payment))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView))]
    public Task<IActionResult> RecordPayment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/payments")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<InvoiceCommandRequests.Payment>(request, ct);
            return ApiResponse.Ok(InvoiceView.From(await ledger.RecordPaymentAsync(caller.Company, id, body.Amount, caller.PrincipalId, ct)));
        }, cancellationToken);

    [Function("RecordInvoiceEvent")]
    [OpenApiOperation("Records another stage's event and its status.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(InvoiceCommandRequests.Event))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView))]
    public Task<IActionResult> RecordInvoiceEvent(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/events")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<InvoiceCommandRequests.Event>(request, ct);
            return ApiResponse.Ok(InvoiceView.From(await ledger.RecordEventAsync(caller.Company, id, body.Type, body.Detail, caller.PrincipalId, ct)));
        }, cancellationToken);
}
