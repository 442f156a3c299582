using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Ledger;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Intake;

/// <summary>Purchase invoices received through a door wait "to approve": an accountant approves them for payment or disputes them.</summary>
public sealed class PurchaseApprovalFunctions(LedgerService ledger, CompanyRequests requests)
{
    [Function("DecidePurchaseApproval")]
    [OpenApiOperation("Approves a received purchase invoice for payment, or disputes it (a disputed one can be approved later).", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(ApprovalRequest))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(InvoiceView))]
    public Task<IActionResult> DecidePurchaseApproval(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/approval")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var body = await JsonBody.ReadAsync<ApprovalRequest>(request, ct);
            var approve = body.Decision switch
            {
                "approve" => true,
                "dispute" => false,
                _ => throw new LedgerValidationException([new Application.Companies.FieldError("decision", "Required: approve or dispute.")]),
            };
            return ApiResponse.Ok(InvoiceView.From(await ledger.DecideApprovalAsync(caller.Company, id, approve, body.Comment, caller.PrincipalId, ct)));
        }, cancellationToken);
}
