using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Issuing;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Issuing;

/// <summary>Drafts (created by CreateInvoice with lines): edit with If-Match, preview the composed document, credit an issued invoice.</summary>
public sealed class DraftFunctions(DraftService drafts, CompanyRequests requests)
{
    [Function("UpdateDraftInvoice")]
    [OpenApiOperation("Replaces a draft's content.", CompanyRole.Accountant)]
    [OpenApiHeader("If-Match", "The ETag of the last read (GET .../invoices/{id}); another version gets 412.")]
    [OpenApiRequest(typeof(InvoiceDraft))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView), ETag = true)]
    public Task<IActionResult> UpdateDraftInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/invoices/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var draft = await JsonBody.ReadAsync<InvoiceDraft>(request, ct);
            var ifMatch = request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag : null;
            var edited = await drafts.UpdateAsync(caller.Company, id, draft, ifMatch, caller.PrincipalId, ct);
            return ApiResponse.Ok(InvoiceView.From(edited)) with { ETag = edited.Version };
        }, cancellationToken);

    [Function("GetInvoiceDocument")]
    [OpenApiOperation("The stored draft, the EN 16931 document it composes to and every rule failure.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceDocumentView))]
    public Task<IActionResult> GetInvoiceDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/document")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var (invoice, draft, preview, report) = await drafts.PreviewAsync(caller.Company, id, ct);
            return ApiResponse.Ok(new InvoiceDocumentView(InvoiceView.From(invoice), draft.Draft, draft.Kind, draft.Corrects, preview, report.IsValid, report.Failures));
        }, cancellationToken);

    [Function("CreateCreditNote")]
    [OpenApiOperation("Drafts a credit note referencing the issued invoice (BG-3).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(CreditNoteRequest))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(InvoiceView))]
    public Task<IActionResult> CreateCreditNote(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/credit-notes")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var creditNote = await drafts.CreateCreditNoteAsync(caller.Company, id, await JsonBody.ReadAsync<CreditNoteRequest>(request, ct), caller.PrincipalId, ct);
            return ApiResponse.Created($"/api/companies/{company}/invoices/{creditNote.Id}", InvoiceView.From(creditNote));
        }, cancellationToken);
}
