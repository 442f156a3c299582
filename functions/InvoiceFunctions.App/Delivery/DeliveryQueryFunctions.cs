using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Delivery;

/// <summary>An invoice's delivery attempts (channel, receiver, state, Message-ID, why it failed), and a re-send on request.</summary>
public sealed class DeliveryQueryFunctions(EmailDeliveryService delivery, CompanyRequests requests)
{
    [Function("ListInvoiceDeliveries")]
    public Task<IActionResult> ListInvoiceDeliveries(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/invoices/{id}/deliveries")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
            ApiResponse.Ok(new { Items = (await delivery.ListAsync(caller.Company, id, ct)).Select(DeliveryView.From) }), cancellationToken);

    [Function("ResendInvoice")]
    public Task<IActionResult> ResendInvoice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/invoices/{id}/deliveries")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
            ApiResponse.Accepted(await delivery.RequestResendAsync(caller.Company, id, ct)), cancellationToken);
}
